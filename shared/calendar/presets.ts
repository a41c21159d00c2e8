import type { Weekday, WorkingCalendar } from './types';
import { assertTimeZone } from './zone';

const ALL_DAY = [{ start: '00:00', end: '24:00' }];

function allDay(days: Weekday[], timeZone: string): WorkingCalendar {
  assertTimeZone(timeZone);
  const hours: WorkingCalendar['hours'] = {};
  for (const d of days) hours[d] = ALL_DAY;
  return { timeZone, hours };
}

/** Every hour of every day; counts real elapsed time, DST included. */
export function calendar24x7(timeZone: string): WorkingCalendar {
  return allDay(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], timeZone);
}

/** Monday 00:00 to Friday 24:00, local time. */
export function calendar24x5(timeZone: string): WorkingCalendar {
  return allDay(['mon', 'tue', 'wed', 'thu', 'fri'], timeZone);
}

/** Same spans every listed day, e.g. Mon–Fri 09:00–18:00. */
export function weeklyCalendar(
  timeZone: string,
  days: Weekday[],
  spans: Array<{ start: string; end: string }>,
  holidays: string[] = [],
): WorkingCalendar {
  const hours: WorkingCalendar['hours'] = {};
  for (const d of days) hours[d] = spans.map((s) => ({ ...s }));
  return { timeZone, hours, holidays: [...holidays] };
}
