/**
 * Quota usage of one account: the four allowances for the current period and their history.
 * Pure: callers pass live rows and `now`; the counting and coverage rules live in shared/quota
 * (`quotaLine`), which the business review counts with too.
 */
import { dayNumberOf } from '@shared/calendar/dates';
import { startOfLocalDay } from '@shared/calendar/zone';
import type { Period, QuotaAccount, QuotaKind, QuotaLine, QuotaRecords } from '@shared/quota/index';
import {
  annualPeriodAt,
  monthPeriodAt,
  quotaLine,
  quotaPeriodAt,
  subscriptionStarted,
} from '@shared/quota/index';

export { QUOTA_KINDS, WORK_ORDER_REASON } from '@shared/quota/index';
export type { QuotaKind, QuotaLine } from '@shared/quota/index';

type Row<K extends keyof QuotaRecords> = NonNullable<QuotaRecords[K]>[number];
/** The records of QuotaRecords, with the ids the previews need to leave out the edited one. */
export interface QuotaRows extends QuotaRecords {
  specialEvents: ReadonlyArray<Row<'specialEvents'> & { id: string }>;
  timeEntries: ReadonlyArray<Row<'timeEntries'> & { id: string }>;
}

export interface AccountQuotaUsage {
  accountId: string;
  /** Current period, one line per quota the plan includes or the account uses anyway. */
  current: QuotaLine[];
  /** Past and current periods, newest first (interfaces have no history). */
  history: Record<Exclude<QuotaKind, 'interfaces'>, QuotaLine[]>;
  /** Some current overage is covered by no signed or requested work order. */
  needsWorkOrder: boolean;
}

export interface UsageOptions {
  /** Months of history for the monthly quotas, current month included (default 12). */
  months?: number;
  /** Annual periods of history, current one included (default 3). */
  years?: number;
}

/**
 * A quota line is shown when the plan includes it, or when the account used it without the
 * entitlement (recorded events, interfaces or hours: all overage). Extension incidents of
 * accounts without extension support are ordinary incidents, so they are not counted.
 */
function shown(l: QuotaLine): boolean {
  return l.included > 0 || (l.used > 0 && l.kind !== 'extension-incidents');
}

function monthsBack(at: Date, timeZone: string, count: number): Date[] {
  const out: Date[] = [];
  let probe = at;
  for (let i = 0; i < count; i++) {
    const p = monthPeriodAt(probe, timeZone);
    out.push(probe);
    probe = new Date(p.start.getTime() - 1);
  }
  return out;
}

function yearsBack(account: QuotaAccount, at: Date, count: number): Date[] {
  const out: Date[] = [];
  if (!subscriptionStarted(account, at)) return out;
  let probe = at;
  for (let i = 0; i < count; i++) {
    out.push(probe);
    const p = annualPeriodAt(account.subscriptionStart, probe, account.timeZone);
    if (p.index === 0) break;
    probe = new Date(p.start.getTime() - 1);
  }
  return out;
}

/** All four quotas of one account at `now`, with history by period. */
export function accountQuotaUsage(
  account: QuotaAccount,
  rows: QuotaRecords,
  now: Date,
  options: UsageOptions = {},
): AccountQuotaUsage {
  const months = monthsBack(now, account.timeZone, options.months ?? 12);
  const years = yearsBack(account, now, options.years ?? 3);
  const history = {
    'special-events': years.map((at) => quotaLine('special-events', account, rows, at)),
    'extension-incidents': months.map((at) => quotaLine('extension-incidents', account, rows, at)),
    'extension-hours': months.map((at) => quotaLine('extension-hours', account, rows, at)),
  };
  const candidates = [
    history['special-events'][0],
    quotaLine('interfaces', account, rows, now),
    history['extension-incidents'][0],
    history['extension-hours'][0],
  ];
  const current = candidates.filter((l): l is QuotaLine => l !== undefined && shown(l));
  return {
    accountId: account.id,
    current,
    history,
    needsWorkOrder: current.some((l) => l.needsWorkOrder),
  };
}

const added = (accountId: string, id: string | undefined) => ({
  id: id ?? 'new',
  accountId,
  deletedAt: null,
});

/**
 * The special-event allowance of the candidate's year if it were saved, with the work orders
 * covering its overage; null before the subscription.
 */
export function specialEventPreview(
  account: QuotaAccount,
  rows: QuotaRows,
  candidate: { id?: string | undefined; start: string },
): QuotaLine | null {
  const at = new Date(candidate.start);
  if (Number.isNaN(at.getTime()) || !subscriptionStarted(account, at)) return null;
  const others = rows.specialEvents.filter((e) => e.id !== candidate.id);
  const specialEvents = [...others, { ...added(account.id, candidate.id), start: candidate.start }];
  return quotaLine('special-events', account, { ...rows, specialEvents }, at);
}

/** The monthly extension-hours allowance if `candidate` were saved, with its work orders. */
export function extensionHoursPreview(
  account: QuotaAccount,
  rows: QuotaRows,
  candidate: { id?: string | undefined; at: string; minutes: number; kind: string },
): QuotaLine {
  const others = rows.timeEntries.filter((e) => e.id !== candidate.id);
  const timeEntries = [...others, { ...candidate, ...added(account.id, candidate.id) }];
  return quotaLine('extension-hours', account, { ...rows, timeEntries }, new Date(candidate.at));
}

/** The monitored-interface allowance after adding `count` interfaces at `now`. */
export function interfacePreview(
  account: QuotaAccount,
  rows: QuotaRecords,
  now: Date,
  count = 1,
): QuotaLine {
  const more = { ...account, monitoredInterfaces: [...account.monitoredInterfaces] };
  for (let i = 0; i < count; i++) more.monitoredInterfaces.push(`new-${String(i)}`);
  return quotaLine('interfaces', more, rows, now);
}

/** The periods an order for `kind` can be tied to at `now`: the current one, then older ones. */
export function coverablePeriods(kind: QuotaKind, account: QuotaAccount, now: Date): Period[] {
  const monthly = kind === 'extension-incidents' || kind === 'extension-hours';
  const probes = monthly ? monthsBack(now, account.timeZone, 12) : yearsBack(account, now, 3);
  return probes.flatMap((at) => quotaPeriodAt(kind, account, at) ?? []);
}

/** The period of `kind` holding a work order's `periodStart` (a local date); null if none. */
export function periodOf(
  kind: QuotaKind,
  account: QuotaAccount,
  periodStart: string | null,
): Period | null {
  if (periodStart === null) return null;
  const day = dayNumberOf(periodStart, 'Period start');
  return quotaPeriodAt(kind, account, new Date(startOfLocalDay(account.timeZone, day)));
}

/** One dashboard row: an account's quota for the current period. */
export interface DashboardRow {
  accountId: string;
  accountName: string;
  line: QuotaLine;
}

/** Rows of the quota dashboard: overages first, then the fullest allowances, then by name. */
export function dashboardRows(
  accounts: ReadonlyArray<QuotaAccount & { name: string }>,
  rows: QuotaRecords,
  now: Date,
): DashboardRow[] {
  const out = accounts.flatMap((account) =>
    accountQuotaUsage(account, rows, now, { months: 1, years: 1 }).current.map((l) => ({
      accountId: account.id,
      accountName: account.name,
      line: l,
    })),
  );
  const fill = (l: QuotaLine) => (l.included === 0 ? Infinity : l.used / l.included);
  return out.sort(
    (a, b) =>
      Number(b.line.needsWorkOrder) - Number(a.line.needsWorkOrder) ||
      fill(b.line) - fill(a.line) ||
      a.accountName.localeCompare(b.accountName),
  );
}
