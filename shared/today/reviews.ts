/**
 * Periodic activity reviews (CareFor's "activity reports"): one a quarter per entitled account.
 * A review is due three months after the last one held (or after the subscription start when
 * none was), unless one is already on the calendar. Pure: the caller passes live rows and `now`.
 */
import { DAY_MS, dateKeyOf, daysInMonth, dayNumberOf, ymdOf } from '../calendar/dates';
import { localDayOf } from '../calendar/zone';
import { entitlementsFor } from '../plans/entitlements';
import type { Account } from '../schemas/account';
import type { Meeting } from '../schemas/meeting';

export const REVIEW_CADENCE_MONTHS = 3;
/** How far ahead a review shows up: two weeks to prepare the business review. */
export const REVIEW_LOOKAHEAD_DAYS = 14;

export type ReviewDue =
  | { kind: 'scheduled'; accountId: string; meetingId: string; startsAt: string }
  | { kind: 'unscheduled'; accountId: string; dueDate: string; overdue: boolean };

type ReviewAccount = Pick<Account, 'id' | 'plan' | 'subscriptionStart' | 'timeZone'>;
type ReviewMeeting = Pick<Meeting, 'id' | 'accountId' | 'kind' | 'startsAt' | 'deletedAt'>;

/** `day` plus whole calendar months, the day of month clamped (Nov 30 + 3 months = Feb 28). */
export function addMonths(day: number, months: number): number {
  const { year, month, day: d } = ymdOf(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return Math.round(Date.UTC(y, m - 1, Math.min(d, daysInMonth(y, m))) / DAY_MS);
}

/**
 * The reviews that need the user within `lookaheadDays`: a review meeting coming up (prepare
 * the business review), or a quarter without one (schedule it; overdue once its date passed).
 * Accounts whose plan has no activity reports are left out. Soonest first.
 */
export function reviewsDue(
  accounts: readonly ReviewAccount[],
  meetings: readonly ReviewMeeting[],
  now: Date,
  lookaheadDays = REVIEW_LOOKAHEAD_DAYS,
): ReviewDue[] {
  const t = now.getTime();
  const reviews = new Map<string, ReviewMeeting[]>();
  for (const m of meetings) {
    if (m.deletedAt !== null || m.kind !== 'activity-review') continue;
    const list = reviews.get(m.accountId);
    if (list) list.push(m);
    else reviews.set(m.accountId, [m]);
  }
  const out: Array<{ due: ReviewDue; sort: number }> = [];
  for (const account of accounts) {
    if (!entitlementsFor(account.plan).activityReports) continue;
    const list = (reviews.get(account.id) ?? []).sort((a, b) =>
      a.startsAt.localeCompare(b.startsAt),
    );
    const next = list.find((m) => Date.parse(m.startsAt) >= t);
    if (next !== undefined) {
      const at = Date.parse(next.startsAt);
      if (at - t <= lookaheadDays * DAY_MS) {
        const due = { kind: 'scheduled', accountId: account.id, meetingId: next.id } as const;
        out.push({ due: { ...due, startsAt: next.startsAt }, sort: at });
      }
      continue;
    }
    const today = localDayOf(account.timeZone, t);
    const last = list.at(-1);
    const base =
      last === undefined
        ? dayNumberOf(account.subscriptionStart, 'Subscription start')
        : localDayOf(account.timeZone, Date.parse(last.startsAt));
    const dueDay = addMonths(base, REVIEW_CADENCE_MONTHS);
    if (dueDay > today + lookaheadDays) continue;
    out.push({
      due: {
        kind: 'unscheduled',
        accountId: account.id,
        dueDate: dateKeyOf(dueDay),
        overdue: dueDay < today,
      },
      sort: dueDay * DAY_MS,
    });
  }
  return out.sort((a, b) => a.sort - b.sort).map((o) => o.due);
}
