export type { Pause, TimeSpan, Weekday, WorkingCalendar } from './types';
export { WEEKDAYS } from './types';
export { compileCalendar, validateCalendar } from './compile';
export type { CompiledCalendar } from './compile';
export {
  addWorkingTime,
  isWorkingTime,
  mergePauses,
  slaDueAt,
  workingTimeBetween,
  MAX_IDLE_DAYS,
  MAX_WALK_DAYS,
} from './working-time';
export { holidaysBetween } from './holidays';
export type { HolidayInRange } from './holidays';
export { calendar24x5, calendar24x7, weeklyCalendar } from './presets';
export { isValidTimeZone, assertTimeZone, localDayOf, startOfLocalDay } from './zone';
export {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  dateKeyOf,
  parseDateKey,
  dayFromYmd,
  ymdOf,
  isLeapYear,
  daysInMonth,
} from './dates';
