import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/index';
import type { TodaySource } from '../db/today';
import { buildToday, scopedAccounts } from './today-model';

const NOW = new Date('2026-12-07T20:00:00.000Z');
const demo = generateDemoWorkspace({ seed: 42, now: NOW });
const showcase = demo.accounts[0];
if (showcase === undefined) throw new Error('no accounts');
const me = showcase.csmName;

function source(over: Partial<TodaySource> = {}): TodaySource {
  return {
    accounts: demo.accounts,
    meetings: demo.meetings,
    openActions: demo.actionItems.filter((a) => a.status === 'open'),
    releases: demo.releases,
    assessments: demo.releaseAssessments,
    specialEvents: demo.specialEvents,
    timeEntries: demo.timeEntries,
    workOrders: demo.workOrders,
    incidents: demo.incidents.filter((i) => i.category === 'extension'),
    displayName: me.toUpperCase(),
    ...over,
  };
}

describe('buildToday', () => {
  const mine = buildToday(source(), 'mine', NOW, '2026-12-07');
  const team = buildToday(source(), 'team', NOW, '2026-12-07');

  it('keeps to my accounts (CSM or SDM, any case), the team sees them all', () => {
    expect(mine.accounts.map((a) => a.id)).toContain(showcase.id);
    expect(mine.accounts.length).toBeLessThan(demo.accounts.length);
    expect(team.accounts).toHaveLength(demo.accounts.length);
    const ids = new Set(mine.accounts.map((a) => a.id));
    for (const l of [...mine.meetings, ...mine.actions]) expect(ids.has(l.account.id)).toBe(true);
    expect(scopedAccounts(demo.accounts, 'mine', '')).toEqual([]);
  });

  it('lists meetings of the next 7 days, soonest first, none already over', () => {
    const starts = team.meetings.map((m) => Date.parse(m.meeting.startsAt));
    expect(starts.length).toBeGreaterThan(0);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    for (const { meeting } of team.meetings) {
      expect(Date.parse(meeting.endsAt ?? meeting.startsAt)).toBeGreaterThanOrEqual(NOW.getTime());
      expect(Date.parse(meeting.startsAt)).toBeLessThan(NOW.getTime() + 7 * 86_400_000);
    }
  });

  it('lists open actions due within the week or overdue, the user’s own first', () => {
    expect(team.actions.length).toBeGreaterThan(0);
    const firstOther = team.actions.findIndex((l) => !l.mine);
    const lastMine = team.actions.map((l) => l.mine).lastIndexOf(true);
    expect(lastMine).toBeGreaterThanOrEqual(0);
    if (firstOther >= 0) expect(lastMine).toBeLessThan(firstOther);
    for (const l of team.actions) {
      expect(l.item.status).toBe('open');
      expect((l.item.dueDate ?? '9999') < '2026-12-14').toBe(true);
      expect(l.overdue).toBe((l.item.dueDate ?? '') < '2026-12-07');
    }
  });

  it('asks for the next release’s missing assessments, not from accounts that start after it', () => {
    expect(team.release).not.toBeNull();
    const release = team.release;
    if (release === null) return;
    const assessed = new Set(
      demo.releaseAssessments.filter((a) => a.releaseId === release.id).map((a) => a.accountId),
    );
    for (const a of team.unassessed) expect(assessed.has(a.id)).toBe(false);
    const late = team.unassessed[0];
    if (late === undefined) throw new Error('the demo leaves no gap on the next release');
    const startsAfter = { ...late, subscriptionStart: '2027-06-01' };
    const accounts = demo.accounts.map((a) => (a.id === late.id ? startsAfter : a));
    const again = buildToday(source({ accounts }), 'team', NOW, '2026-12-07');
    expect(again.unassessed.map((a) => a.id)).not.toContain(late.id);
  });
});
