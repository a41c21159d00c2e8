import { dateKeyOf, dayFromYmd, parseDateKey, ymdOf } from '../calendar/dates';
import { localDayOf, startOfLocalDay } from '../calendar/zone';

/** A report period: local dates, both inclusive ('YYYY-MM-DD'). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** The period as half-open instants [start, end) in a time zone. */
export interface PeriodBounds {
  start: Date;
  end: Date;
}

/** The last quarter that ended before today (in the time zone): Q1 when today is in April. */
export function lastFullQuarter(now: Date, timeZone: string): ReportPeriod {
  const { year, month } = ymdOf(localDayOf(timeZone, now.getTime()));
  const currentQuarterFirstMonth = month - ((month - 1) % 3);
  const startYear = currentQuarterFirstMonth === 1 ? year - 1 : year;
  const startMonth = currentQuarterFirstMonth === 1 ? 10 : currentQuarterFirstMonth - 3;
  const first = dayFromYmd(startYear, startMonth, 1);
  const last = dayFromYmd(startYear, startMonth + 3, 1) - 1;
  return { from: dateKeyOf(first), to: dateKeyOf(last) };
}

/** A valid period from user input, or null (bad dates, or `to` before `from`). */
export function parsePeriod(from: string | null, to: string | null): ReportPeriod | null {
  if (from === null || to === null) return null;
  const a = parseDateKey(from);
  const b = parseDateKey(to);
  if (a === null || b === null || b < a) return null;
  return { from, to };
}

export function periodBounds(period: ReportPeriod, timeZone: string): PeriodBounds {
  const from = parseDateKey(period.from);
  const to = parseDateKey(period.to);
  if (from === null || to === null) throw new RangeError('The period has an invalid date.');
  return {
    start: new Date(startOfLocalDay(timeZone, from)),
    end: new Date(startOfLocalDay(timeZone, to + 1)),
  };
}

export function isInBounds(bounds: PeriodBounds, at: string | null): boolean {
  if (at === null) return false;
  const t = Date.parse(at);
  return bounds.start.getTime() <= t && t < bounds.end.getTime();
}

/** The calendar months the period touches, as 'YYYY-MM', oldest first. */
export function monthsOf(period: ReportPeriod): string[] {
  const from = parseDateKey(period.from);
  const to = parseDateKey(period.to);
  if (from === null || to === null) return [];
  const a = ymdOf(from);
  const b = ymdOf(to);
  const out: string[] = [];
  let y = a.year;
  let m = a.month;
  while (y < b.year || (y === b.year && m <= b.month)) {
    out.push(`${String(y)}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** 'YYYY-MM' of an instant in the time zone. */
export function monthKeyOf(at: string, timeZone: string): string {
  return dateKeyOf(localDayOf(timeZone, Date.parse(at))).slice(0, 7);
}

/** Number of days in the period (inclusive). */
export function periodDays(period: ReportPeriod): number {
  const from = parseDateKey(period.from) ?? 0;
  const to = parseDateKey(period.to) ?? 0;
  return to - from + 1;
}
