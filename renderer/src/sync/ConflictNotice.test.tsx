import { generateDemoWorkspace } from '@shared/demo/index';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { initI18n } from '../i18n';
import { MeetingDetailPage } from '../meetings';
import { AccountQuotaSection } from '../quotas';
import { ReleaseDetailPage } from '../releases';

const NOW = new Date('2026-04-15T10:00:00.000Z');
const demo = generateDemoWorkspace({ seed: 7, now: NOW, accounts: 3, incidents: 30 });
const ACC = 'acc-0001';
// Live queries settle slowly on a busy machine: wait longer than the default second.
const WAIT = { timeout: 5000 };

let db: StewardDatabase;

const note = (table: string, recordId: string, field: string, mine: string, theirs: string) => ({
  table,
  recordId,
  field,
  localValue: mine,
  winningValue: theirs,
  by: 'laptop-2',
  at: '2026-04-14T08:00:00.000Z',
  seenAt: NOW.getTime(),
});

function at(path: string, pattern: string, page: ReactNode) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path={pattern} element={page} />
      </Routes>
    </MemoryRouter>,
  );
}

beforeAll(async () => {
  await initI18n('en');
});

withTestDatabase('conflict-notice-test', async (opened) => {
  db = opened;
  await db.accounts.bulkPut(demo.accounts);
  await db.meetings.bulkPut(demo.meetings);
  await db.actionItems.bulkPut(demo.actionItems);
  await db.releases.bulkPut(demo.releases);
  await db.releaseAssessments.bulkPut(demo.releaseAssessments);
  await db.specialEvents.bulkPut(demo.specialEvents);
  await db.timeEntries.bulkPut(demo.timeEntries);
  await db.workOrders.bulkPut(demo.workOrders);
});

describe('conflict notes on record pages', () => {
  it('the meeting page shows the meeting’s note and its action items’ notes; each can be dismissed', async () => {
    const item = demo.actionItems.find((a) => a.meetingId !== null && a.accountId === ACC);
    const meeting = demo.meetings.find((m) => m.id === item?.meetingId);
    if (!item || !meeting) throw new Error('fixture needs a meeting with action items');
    await db.conflicts.bulkPut([
      note('meetings', meeting.id, 'topic', 'Renewal', 'Roadmap'),
      note('actionItems', item.id, 'owner', 'Claire', 'Tom'),
    ]);
    const user = userEvent.setup();
    at(`/meetings/${meeting.id}`, '/meetings/:meetingId', <MeetingDetailPage />);

    const own = await screen.findByRole('note', { name: 'Changed by someone else' }, WAIT);
    expect(own.textContent).toContain(
      'Topic requested by the client: your “Renewal” was replaced by “Roadmap”',
    );
    const forItem = await screen.findByRole(
      'note',
      { name: `Changed by someone else: ${item.title}` },
      WAIT,
    );
    expect(forItem.textContent).toContain('Owner: your “Claire” was replaced by “Tom”');

    await user.click(within(forItem).getByRole('button', { name: 'Dismiss note' }));
    await expect.poll(() => screen.queryAllByRole('note').length, WAIT).toBe(1);
    expect(
      await db.conflicts.where('[table+recordId]').equals(['actionItems', item.id]).count(),
    ).toBe(0);
    await user.click(within(own).getByRole('button', { name: 'Dismiss note' }));
    await expect.poll(() => screen.queryAllByRole('note').length, WAIT).toBe(0);
    expect(await db.conflicts.count()).toBe(0);
  });

  it('the account’s quota section shows a note for the time entry that lost an edit', async () => {
    const account = demo.accounts.find((a) => a.id === ACC);
    const entry = demo.timeEntries.find((e) => e.accountId === ACC && e.description !== '');
    if (!account || !entry) throw new Error('fixture needs a time entry');
    await db.conflicts.put(note('timeEntries', entry.id, 'minutes', '90', '120'));
    await db.conflicts.put(note('timeEntries', 'not-this-account', 'minutes', '1', '2'));
    const user = userEvent.setup();
    at('/', '/', <AccountQuotaSection account={account} />);

    const shown = await screen.findByRole(
      'note',
      { name: `Changed by someone else: ${entry.description}` },
      WAIT,
    );
    expect(shown.textContent).toContain('Time spent (minutes): your “90” was replaced by “120”');
    expect(screen.getAllByRole('note')).toHaveLength(1);
    await user.click(within(shown).getByRole('button', { name: 'Dismiss note' }));
    await expect.poll(() => screen.queryAllByRole('note').length, WAIT).toBe(0);
    expect(await db.conflicts.count()).toBe(1);
  });

  it('the release page shows the release’s note', async () => {
    const release = demo.releases[0];
    if (!release) throw new Error('fixture needs a release');
    await db.conflicts.put(note('releases', release.id, 'summary', 'Old text', 'New text'));
    at(`/releases/${release.id}`, '/releases/:releaseId', <ReleaseDetailPage />);
    const shown = await screen.findByRole('note', { name: 'Changed by someone else' }, WAIT);
    expect(shown.textContent).toContain('Summary: your “Old text” was replaced by “New text”');
  });

  it('names the member on both sides of a concurrent overwrite', async () => {
    const release = demo.releases[1];
    if (!release) throw new Error('fixture needs two releases');
    await db.conflicts.bulkPut([
      {
        ...note('releases', release.id, 'summary', 'Mine', 'Theirs'),
        kind: 'overwritten',
        member: 'bea@team.test',
      },
      {
        ...note('releases', release.id, 'title', 'My title', 'Their title'),
        kind: 'unseen',
        member: 'bea@team.test',
      },
    ]);
    at(`/releases/${release.id}`, '/releases/:releaseId', <ReleaseDetailPage />);
    const shown = await screen.findByRole('note', { name: 'Changed by someone else' }, WAIT);
    expect(shown.textContent).toContain(
      'Summary: your “Mine” was replaced by “Theirs” from bea@team.test,',
    );
    expect(shown.textContent).toMatch(
      /you replaced “Their title” from bea@team\.test \(.+\) with “My title” without having seen it/,
    );
  });

  it('says who deleted a record and whose edits made without seeing it are kept in the Trash', async () => {
    const release = demo.releases[2];
    if (!release) throw new Error('fixture needs three releases');
    await db.conflicts.put({
      ...note('releases', release.id, 'deletedAt', '', ''),
      kind: 'trashed',
      localValue: { at: '2026-04-13T09:00:00.000Z', by: 'ana@team.test' },
      winningValue: { at: '2026-04-15T09:00:00.000Z', by: 'ben@team.test', fields: ['summary'] },
    });
    at(`/releases/${release.id}`, '/releases/:releaseId', <ReleaseDetailPage />);
    const shown = await screen.findByRole('note', { name: 'Changed by someone else' }, WAIT);
    expect(shown.textContent).toMatch(
      /Deleted by ana@team\.test on Monday \(.+\); the changes ben@team\.test made on Wednesday \(.+\) without seeing the deletion \(Summary\) are kept in the Trash/,
    );
  });
});
