export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A span of local wall-clock time, 'HH:MM' to 'HH:MM' ('24:00' allowed as an end). */
export interface TimeSpan {
  start: string;
  end: string;
}

export interface WorkingCalendar {
  /** IANA name, e.g. 'Europe/Paris'. */
  timeZone: string;
  /** Local spans per weekday; several spans a day allowed; a missing day is off. */
  hours: Partial<Record<Weekday, TimeSpan[]>>;
  /** Local dates 'YYYY-MM-DD', whole day off. */
  holidays?: string[];
  /**
   * Optional names of holidays, by date ('2026-12-25' → 'Christmas Day'). Only for showing:
   * the calendar's working time depends on `holidays` alone.
   */
  holidayNames?: Record<string, string>;
}

/** A stretch during which the clock does not run, e.g. waiting on the client. */
export interface Pause {
  from: Date;
  to: Date;
}
