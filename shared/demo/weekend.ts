/**
 * The showcase account's weekend special event: Friday 18:00 to Monday 08:00 local, the last
 * such weekend that ended at least a morning before `now`, with an incident reported inside it
 * (see showcase.ts) so the demo shows 24x7 coverage opened by an event across a weekend.
 */
import { weekdayIndex } from '../calendar/dates';
import { localDayOf, wallToInstant } from '../calendar/zone';
import type { Account } from '../schemas/account';
import type { SpecialEvent } from '../schemas/quota-records';
import { DAY, HOUR, iso } from './random';

export const WEEKEND_EVENT_TITLE = 'Weekend go-live: payroll migration';

/** [start, end) of the showcase weekend event, as instants. */
export function showcaseWeekend(timeZone: string, now: number): { start: number; end: number } {
  const today = localDayOf(timeZone, now);
  // The Monday on or before today; its 08:00 + 4 h must be past, else the Monday before.
  let monday = today - weekdayIndex(today);
  if (wallToInstant(timeZone, monday * DAY + 12 * HOUR) > now) monday -= 7;
  return {
    start: wallToInstant(timeZone, (monday - 3) * DAY + 18 * HOUR),
    end: wallToInstant(timeZone, monday * DAY + 8 * HOUR),
  };
}

/**
 * The generated events plus the showcase weekend on `account`. The weekend takes the place of
 * the account's latest event within its allowance when that is full, so the demo does not
 * invent an overage without a work order.
 */
export function withShowcaseWeekend(
  events: readonly SpecialEvent[],
  account: Account,
  allowance: number,
  now: number,
): SpecialEvent[] {
  if (allowance === 0) return [...events];
  const { start, end } = showcaseWeekend(account.timeZone, now);
  const own = events.filter((e) => e.accountId === account.id && e.workOrderId === null);
  const dropped =
    own.length >= allowance ? own.reduce((a, b) => (a.start >= b.start ? a : b)).id : null;
  const kept = events.filter((e) => e.id !== dropped);
  const id = dropped ?? `evt-${String(events.length + 1).padStart(4, '0')}`;
  kept.push({
    id,
    updatedAt: iso(Math.min(now, start - 3 * DAY)),
    deletedAt: null,
    accountId: account.id,
    title: WEEKEND_EVENT_TITLE,
    kind: 'go-live',
    start: iso(start),
    end: iso(end),
    workOrderId: null,
    notes: 'Off-hours support from Friday evening to Monday morning, booked with the SDM.',
  });
  return kept;
}
