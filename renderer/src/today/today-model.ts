/**
 * The Today screen's lines, pure: what needs the user now across their accounts (or the team's).
 * Incidents come from the queue's own result (one SLA computation); the rest from live rows.
 */
import { isSamePerson, mineMatcher, reviewsDue, type ReviewDue } from '@shared/today/index';
import type { Account, ActionItem, Meeting, Release } from '@shared/schemas/index';
import type { TodaySource } from '../db/today';
import { isOverdue, sortActions } from '../actions';
import { todayIn } from '@shared/calendar/zoned-time';
import type { QueueRow, QueueSnapshot } from '../queue';
import { quotaState, dashboardRows, type DashboardRow } from '../quotas';
import { isEntitled, nextRelease } from '../releases';

export type TodayScope = 'mine' | 'team';

/** Meetings of the next seven days count as "this week"; actions due within it too. */
export const WEEK_DAYS = 7;
const DAY = 86_400_000;

export interface ActionLine {
  item: ActionItem;
  account: Account;
  mine: boolean;
  overdue: boolean;
}

export interface TodayLists {
  /** Accounts in scope; empty "mine" when no name is set in Settings. */
  accounts: Account[];
  meetings: Array<{ meeting: Meeting; account: Account }>;
  actions: ActionLine[];
  release: Release | null;
  /** Entitled accounts in scope without an assessment of the next release. */
  unassessed: Account[];
  quotas: DashboardRow[];
  reviews: Array<{ due: ReviewDue; account: Account }>;
}

/** The accounts a scope covers. */
export function scopedAccounts(
  accounts: readonly Account[],
  scope: TodayScope,
  displayName: string,
): Account[] {
  if (scope === 'team') return [...accounts];
  const mine = mineMatcher(displayName);
  return accounts.filter(mine);
}

/** Everything but incidents, for the accounts in scope, at `now`. */
export function buildToday(
  source: TodaySource,
  scope: TodayScope,
  now: Date,
  localToday: string,
): TodayLists {
  const accounts = scopedAccounts(source.accounts, scope, source.displayName);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const t = now.getTime();

  const meetings = source.meetings
    .flatMap((meeting) => {
      const account = byId.get(meeting.accountId);
      if (account === undefined) return [];
      const start = Date.parse(meeting.startsAt);
      const end = meeting.endsAt === null ? start + 3_600_000 : Date.parse(meeting.endsAt);
      // Still to come or under way, within the week.
      return end >= t && start < t + WEEK_DAYS * DAY ? [{ meeting, account }] : [];
    })
    .sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt));

  const todayOf = (i: ActionItem) => todayIn(byId.get(i.accountId)?.timeZone ?? 'UTC', now);
  const horizon = (i: ActionItem) =>
    new Date(Date.parse(`${todayOf(i)}T00:00:00Z`) + WEEK_DAYS * DAY).toISOString().slice(0, 10);
  const due = source.openActions.filter(
    (i) => byId.has(i.accountId) && i.dueDate !== null && i.dueDate < horizon(i),
  );
  const sorted = sortActions(due, todayOf);
  const lines = sorted.flatMap((item) => {
    const account = byId.get(item.accountId);
    if (account === undefined) return [];
    const mine = isSamePerson(item.owner, source.displayName);
    return [{ item, account, mine, overdue: isOverdue(item, todayOf(item)) }];
  });
  // Mine first, each group in the Actions view's order (overdue first, then by due date).
  const actions = [...lines.filter((l) => l.mine), ...lines.filter((l) => !l.mine)];

  const release = nextRelease(source.releases, localToday);
  const assessed = new Set(
    source.assessments.filter((a) => a.releaseId === release?.id).map((a) => a.accountId),
  );
  const unassessed =
    release === null
      ? []
      : accounts
          .filter(
            (a) =>
              isEntitled(a) &&
              !assessed.has(a.id) &&
              // An account that starts after the release has nothing to assess for it.
              a.subscriptionStart <= release.releaseDate,
          )
          .sort((a, b) => a.name.localeCompare(b.name));

  const quotas = dashboardRows(accounts, source, now).filter((r) => {
    const state = quotaState(r.line);
    return state === 'over' || state === 'requested' || state === 'full';
  });

  const reviews = reviewsDue(accounts, source.meetings, now).flatMap((d) => {
    const account = byId.get(d.accountId);
    return account === undefined ? [] : [{ due: d, account }];
  });

  return { accounts, meetings, actions, release, unassessed, quotas, reviews };
}

/** Breached and at-risk incidents of the accounts in scope, in queue order, from its result. */
export function slaLines(
  snapshot: QueueSnapshot,
  accountIds: ReadonlySet<string>,
): { breached: QueueRow[]; atRisk: QueueRow[] } {
  const breached: QueueRow[] = [];
  const atRisk: QueueRow[] = [];
  for (let i = 0; i < snapshot.length; i++) {
    const state = snapshot.stateAt(i);
    if (state !== 'breached' && state !== 'at-risk') continue;
    const row = snapshot.rowAt(i);
    if (row === undefined || !accountIds.has(row.account.id)) continue;
    (state === 'breached' ? breached : atRisk).push(row);
  }
  return { breached, atRisk };
}
