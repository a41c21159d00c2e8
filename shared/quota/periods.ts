import { dateKeyOf, dayFromYmd, dayNumberOf, daysInMonth, ymdOf } from '../calendar/dates';
import { localDayOf, startOfLocalDay } from '../calendar/zone';
import { assertTimeZone } from '../calendar/zone';

/** A half-open period [start, end) in an account's time zone. */
export interface Period {
  start: Date;
  end: Date;
  /** First local date, 'YYYY-MM-DD'. */
  startDate: string;
  /** Local date just after the period (exclusive), 'YYYY-MM-DD'. */
  endDate: string;
  label: string;
}

function instantOf(at: Date): number {
  const t = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError('at is not a valid date.');
  return t;
}

/**
 * Anniversary of a subscription start in a given year. A 29 February start
 * falls on 28 February in non-leap years (it stays in February, and periods
 * keep their length of 365/366 days).
 */
export function anniversaryDay(subscriptionStart: string, year: number): number {
  const { month, day } = ymdOf(dayNumberOf(subscriptionStart, 'Subscription start'));
  return dayFromYmd(year, month, Math.min(day, daysInMonth(year, month)));
}

function period(timeZone: string, startDay: number, endDay: number, label: string): Period {
  return {
    start: new Date(startOfLocalDay(timeZone, startDay)),
    end: new Date(startOfLocalDay(timeZone, endDay)),
    startDate: dateKeyOf(startDay),
    endDate: dateKeyOf(endDay),
    label,
  };
}

/** The paid annual subscription period containing `at` (index 0 = first year). */
export function annualPeriodAt(
  subscriptionStart: string,
  at: Date,
  timeZone: string,
): Period & { index: number } {
  assertTimeZone(timeZone);
  const firstDay = dayNumberOf(subscriptionStart, 'Subscription start');
  const today = localDayOf(timeZone, instantOf(at));
  if (today < firstDay) {
    throw new RangeError(
      `${dateKeyOf(today)} is before the subscription start ${subscriptionStart}.`,
    );
  }
  let year = ymdOf(today).year;
  if (today < anniversaryDay(subscriptionStart, year)) year--;
  const startDay = anniversaryDay(subscriptionStart, year);
  const endDay = anniversaryDay(subscriptionStart, year + 1);
  const p = period(timeZone, startDay, endDay, `${dateKeyOf(startDay)} – ${dateKeyOf(endDay - 1)}`);
  return { ...p, index: year - ymdOf(firstDay).year };
}

/** The calendar month containing `at`, in the account's time zone. */
export function monthPeriodAt(at: Date, timeZone: string): Period {
  assertTimeZone(timeZone);
  const { year, month } = ymdOf(localDayOf(timeZone, instantOf(at)));
  const startDay = dayFromYmd(year, month, 1);
  return period(
    timeZone,
    startDay,
    dayFromYmd(year, month + 1, 1),
    dateKeyOf(startDay).slice(0, 7),
  );
}

export function isWithin(period: Period, at: Date | string): boolean {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return period.start.getTime() <= t && t < period.end.getTime();
}
