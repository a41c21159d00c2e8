import { describe, expect, it } from 'vitest';
import { addMonths, reviewsDue } from './reviews';
import { dateKeyOf, parseDateKey } from '../calendar/dates';
import type { PlanId } from '../domain/types';

const NOW = new Date('2026-12-07T10:00:00Z');
const acc = (id: string, plan: PlanId, subscriptionStart = '2024-01-15') => ({
  id,
  plan,
  subscriptionStart,
  timeZone: 'Europe/Paris',
});
let n = 0;
const review = (accountId: string, startsAt: string, kind = 'activity-review' as const) => ({
  id: `m${++n}`,
  accountId,
  kind,
  startsAt,
  deletedAt: null as string | null,
});

describe('addMonths', () => {
  it('adds calendar months and clamps the day to the month', () => {
    const day = (k: string) => parseDateKey(k) ?? NaN;
    expect(dateKeyOf(addMonths(day('2026-01-15'), 3))).toBe('2026-04-15');
    expect(dateKeyOf(addMonths(day('2026-11-30'), 3))).toBe('2027-02-28');
    expect(dateKeyOf(addMonths(day('2027-11-30'), 3))).toBe('2028-02-29');
  });
});

describe('reviewsDue', () => {
  it('lists a review meeting within two weeks as scheduled, one further ahead not at all', () => {
    const coming = review('a', '2026-12-15T09:00:00Z');
    const meetings = [
      review('a', '2026-09-01T09:00:00Z'),
      coming,
      review('b', '2026-09-01T09:00:00Z'),
      review('b', '2027-01-10T09:00:00Z'),
    ];
    const due = reviewsDue(
      [acc('a', 'carefor-business'), acc('b', 'carefor-enterprise')],
      meetings,
      NOW,
    );
    expect(due).toEqual([
      { kind: 'scheduled', accountId: 'a', meetingId: coming.id, startsAt: coming.startsAt },
    ]);
  });

  it('flags a quarter without a review: due three months after the last, overdue once past', () => {
    const meetings = [
      review('late', '2026-08-20T09:00:00Z'), // due 2026-11-20: overdue
      review('soon', '2026-09-12T09:00:00Z'), // due 2026-12-12: within two weeks
      review('fine', '2026-10-01T09:00:00Z'), // due 2027-01-01: not yet
    ];
    const accounts = ['late', 'soon', 'fine'].map((id) => acc(id, 'carefor-business-plus'));
    expect(reviewsDue(accounts, meetings, NOW)).toEqual([
      { kind: 'unscheduled', accountId: 'late', dueDate: '2026-11-20', overdue: true },
      { kind: 'unscheduled', accountId: 'soon', dueDate: '2026-12-12', overdue: false },
    ]);
  });

  it('counts from the subscription start when no review was ever held', () => {
    // Subscribed 2026-10-01: first review due 2027-01-01, beyond the two weeks ahead.
    expect(reviewsDue([acc('new', 'carefor-business', '2026-10-01')], [], NOW)).toEqual([]);
    const started = reviewsDue([acc('new', 'carefor-business', '2026-09-10')], [], NOW);
    expect(started).toEqual([
      { kind: 'unscheduled', accountId: 'new', dueDate: '2026-12-10', overdue: false },
    ]);
  });

  it('ignores plans without activity reports, other meeting kinds and deleted reviews', () => {
    const deleted = { ...review('c', '2026-12-10T09:00:00Z'), deletedAt: '2026-12-01T00:00:00Z' };
    const meetings = [
      review('p', '2026-12-10T09:00:00Z'),
      { ...review('c', '2026-12-10T09:00:00Z'), kind: 'steering-committee' as const },
      deleted,
    ];
    const due = reviewsDue(
      [acc('p', 'premium', '2020-01-01'), acc('c', 'carefor-business', '2026-11-01')],
      meetings,
      NOW,
    );
    expect(due).toEqual([]);
  });
});
