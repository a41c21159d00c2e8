import { generateDemoWorkspace } from '@shared/demo/index';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { useSyncRefusals, useSyncWarnings } from '../db/sync-queries';
import { initI18n } from '../i18n';
import { useToasts } from '../ui/toast-store';
import { Toasts } from '../ui/Toasts';
import { SyncAttention } from './SyncAttention';
import { SyncPage } from './SyncPage';

const NOW = new Date('2026-04-15T10:00:00.000Z');
const demo = generateDemoWorkspace({ seed: 11, now: NOW, accounts: 2, incidents: 4 });
// Live queries settle slowly on a busy machine: wait longer than the default second.
const WAIT = { timeout: 5000 };

let db: StewardDatabase;

function fixtures() {
  const account = demo.accounts[0];
  const incident = demo.incidents[0];
  const entry = demo.timeEntries[0];
  if (!account || !incident || !entry) throw new Error('demo needs an account, incident, entry');
  return { account, incident, entry };
}

function show(page = <SyncAttention />) {
  render(
    <MemoryRouter>
      {page}
      <Toasts />
    </MemoryRouter>,
  );
}

/** Says when both lists have been read, so "absent" is checked after loading, not before. */
function Loaded() {
  const refused = useSyncRefusals();
  const warnings = useSyncWarnings();
  return refused !== undefined && warnings !== undefined ? <p>both loaded</p> : null;
}

const section = () => screen.findByRole('region', { name: 'Needs your attention' }, WAIT);

beforeAll(async () => {
  await initI18n('en');
});

withTestDatabase('sync-attention-test', async (opened) => {
  db = opened;
  useToasts.setState({ toasts: [] }); // the store outlives a test
  await db.accounts.bulkPut(demo.accounts);
  await db.incidents.bulkPut(demo.incidents);
  await db.timeEntries.bulkPut(demo.timeEntries);
});

describe('Needs your attention', () => {
  it('lists refused changes with the record, its link, the message and the fields not sent', async () => {
    const { account, entry } = fixtures();
    await db.syncRefused.bulkAdd([
      {
        table: 'accounts',
        recordId: account.id,
        fields: { csmName: 'x'.repeat(300), notes: 'n' },
        message: 'csmName: too long',
        at: NOW.getTime() - 60_000,
      },
      {
        table: 'timeEntries',
        recordId: entry.id,
        fields: { minutes: -5 },
        message: 'minutes must be positive',
        at: NOW.getTime(),
      },
    ]);
    show();

    const refused = within(await section()).getByRole('region', {
      name: 'Changes the server refused',
    });
    const items = within(within(refused).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Newest first: the time entry has no page of its own, so it is named without a link.
    const [first, second] = items as [HTMLElement, HTMLElement];
    expect(within(first).queryByRole('link')).toBeNull();
    expect(first.textContent).toContain('Time entry');
    expect(first.textContent).toContain('minutes must be positive');
    // Labels, not stored keys (and the unit the stored value is in).
    expect(first.textContent).toContain('Not sent: Time spent (minutes)');

    const link = within(second).getByRole('link', { name: account.name });
    expect(link.getAttribute('href')).toBe(`/accounts/${account.id}`);
    expect(second.textContent).toContain('csmName: too long');
    // A field this version has no label for (notes on an account) is humanized.
    expect(second.textContent).toContain('Not sent: Customer success manager (CSM) and Notes');
    expect(second.textContent).not.toContain('csmName,');
    expect(second.textContent).toContain('Correct these fields on the record');
    const dismissAccount = within(second).getByRole('button', {
      name: `Dismiss the refused change to ${account.name}`,
    });

    // Dismissing the first item hands keyboard focus to the next one's button.
    const user = userEvent.setup();
    await user.click(within(first).getByRole('button', { name: /^Dismiss/ }));
    expect(document.activeElement).toBe(dismissAccount);
    await expect.poll(() => db.syncRefused.count(), WAIT).toBe(1);
  });

  it('words a refusal for the member’s role in the user’s language, with what to do', async () => {
    await db.syncRefused.add({
      table: 'settings',
      recordId: 'workspace',
      fields: { tierThresholds: { business: 1, businessPlus: 2, enterprise: 3 } },
      message: 'Your role cannot change the workspace settings: ask an admin.',
      code: 'settings-admin-only',
      at: NOW.getTime(),
    });
    show();
    let area = await section();
    expect(area.textContent).toContain('Your role cannot change the workspace settings.');
    expect(area.textContent).toContain('Only an admin can make this change');
    expect(area.textContent).not.toContain('Correct these fields');
    try {
      await i18next.changeLanguage('fr');
      area = await screen.findByRole('region', { name: 'À vérifier' }, WAIT);
      expect(area.textContent).toContain(
        'Votre rôle ne permet pas de modifier les paramètres de l’espace de travail.',
      );
      expect(area.textContent).toContain('Seul un administrateur peut faire cette modification');
      expect(area.textContent).not.toContain('ask an admin');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('words a text-limit refusal from the server in the user’s language', async () => {
    const { account } = fixtures();
    await db.syncRefused.add({
      table: 'accounts',
      recordId: account.id,
      fields: { name: 'x'.repeat(300) },
      message: 'name: Account name is longer than 200 characters; shorten it to save',
      code: 'text-too-long',
      at: NOW.getTime(),
    });
    show();
    let area = await section();
    expect(area.textContent).toContain('This is longer than 200 characters; shorten it to save.');
    expect(area.textContent).toContain('Correct these fields');
    try {
      await i18next.changeLanguage('fr');
      area = await screen.findByRole('region', { name: 'À vérifier' }, WAIT);
      expect(area.textContent).toContain('Ce texte dépasse 200 caractères');
    } finally {
      await i18next.changeLanguage('en');
    }
  });

  it('Dismiss removes the refusal, and Undo in the toast brings it back', async () => {
    const { incident } = fixtures();
    await db.syncRefused.add({
      table: 'incidents',
      recordId: incident.id,
      fields: { title: '' },
      message: 'Title is required',
      at: NOW.getTime(),
    });
    const user = userEvent.setup();
    show();

    const area = await section();
    expect(within(area).getByRole('link', { name: incident.title }).getAttribute('href')).toBe(
      `/incidents/${incident.id}`,
    );
    await user.click(
      within(area).getByRole('button', { name: `Dismiss the refused change to ${incident.title}` }),
    );
    await expect.poll(() => db.syncRefused.count(), WAIT).toBe(0);
    await expect
      .poll(() => screen.queryByRole('region', { name: 'Needs your attention' }), WAIT)
      .toBeNull();

    const toast = await screen.findByRole('status', {}, WAIT);
    expect(toast.textContent).toContain(`Refused change to “${incident.title}” dismissed`);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await expect.poll(() => db.syncRefused.count(), WAIT).toBe(1);
    expect((await section()).textContent).toContain('Title is required');
  });

  it('lists records not applied from other devices with each issue', async () => {
    const { account } = fixtures();
    await db.syncWarnings.bulkPut([
      {
        table: 'accounts',
        recordId: account.id,
        issues: [
          { field: 'plan', message: 'Unknown plan' },
          { field: 'timeZone', message: 'Unknown time zone' },
          { field: 'contacts.0.email', message: 'Invalid email' },
        ],
        at: NOW.getTime(),
      },
      // A record this device never had: named by its id, nothing to link to.
      {
        table: 'meetings',
        recordId: 'mtg-missing',
        issues: [{ field: 'startsAt', message: 'Invalid date' }],
        at: NOW.getTime() - 1000,
      },
    ]);
    show();

    const area = within(await section()).getByRole('region', {
      name: 'Changes from other devices not applied',
    });
    expect(area.textContent).toContain('This device keeps its earlier version');
    expect(within(area).getByRole('link', { name: account.name }).getAttribute('href')).toBe(
      `/accounts/${account.id}`,
    );
    const issues = within(area)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(issues).toContain('Plan: Unknown plan');
    expect(issues).toContain('Time zone: Unknown time zone');
    expect(issues).toContain('Contact 1: email: Invalid email');
    expect(issues).toContain('Starts: Invalid date');
    expect(within(area).getAllByRole('link')).toHaveLength(1);
    expect(area.textContent).toContain('mtg-missing');
    expect(within(area).queryByRole('button')).toBeNull();
  });

  it('is absent when nothing needs attention, and the Sync page mounts it when something does', async () => {
    show(
      <>
        <SyncPage />
        <Loaded />
      </>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Sync' }, WAIT);
    await screen.findByText('both loaded', {}, WAIT);
    expect(screen.queryByRole('region', { name: 'Needs your attention' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Needs your attention' })).toBeNull();

    const { incident } = fixtures();
    await db.syncRefused.add({
      table: 'incidents',
      recordId: incident.id,
      fields: { severity: 'S9' },
      message: 'Unknown severity',
      at: NOW.getTime(),
    });
    const area = await section();
    expect(within(area).getByRole('heading', { level: 2 }).textContent).toBe(
      'Needs your attention',
    );
    expect(area.textContent).toContain('Unknown severity');
  });
});
