import { dateKeyOf, dayNumberOf, weekdayIndex } from './dates';
import { WEEKDAYS, type Weekday, type WorkingCalendar } from './types';
import { assertTimeZone, startOfLocalDay } from './zone';

export interface HolidayInRange {
  /** Local date 'YYYY-MM-DD' in the calendar's time zone. */
  date: string;
  weekday: Weekday;
  /** The name the account gave it, else null. */
  name: string | null;
}

/**
 * The calendar's holidays that overlap [from, to), in date order: a holiday is the whole local
 * day in the calendar's time zone, so a span that touches any instant of that day lists it.
 * For explaining a due time ("Why this due time"); working time itself is computed elsewhere.
 */
export function holidaysBetween(calendar: WorkingCalendar, from: Date, to: Date): HolidayInRange[] {
  const a = from.getTime();
  const b = to.getTime();
  if (Number.isNaN(a) || Number.isNaN(b)) throw new RangeError('Both ends must be valid dates.');
  if (b < a) throw new RangeError('The span must not end before it starts.');
  assertTimeZone(calendar.timeZone);
  const names = calendar.holidayNames ?? {};
  const days = new Set<number>();
  for (const key of calendar.holidays ?? []) days.add(dayNumberOf(key, 'Holiday'));
  if (a === b) return [];
  const out: Array<HolidayInRange & { day: number }> = [];
  for (const day of days) {
    const start = startOfLocalDay(calendar.timeZone, day);
    const end = startOfLocalDay(calendar.timeZone, day + 1);
    if (start >= b || end <= a) continue;
    const date = dateKeyOf(day);
    const name = names[date]?.trim();
    out.push({
      day,
      date,
      weekday: WEEKDAYS[weekdayIndex(day)] ?? 'mon',
      name: name === undefined || name === '' ? null : name,
    });
  }
  return out
    .sort((x, y) => x.day - y.day)
    .map(({ date, weekday, name }) => ({ date, weekday, name }));
}
