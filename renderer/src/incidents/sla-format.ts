import { WEEKDAYS, type Weekday, type WorkingCalendar } from '@shared/calendar/index';
import { dateTimeFormat } from '@shared/intl';

/** 2024-01-01 was a Monday: a fixed week to ask Intl for weekday names. */
function weekdayName(day: Weekday, lang: string): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));
  return dateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(date);
}

/**
 * Working hours in a line: 'Mon–Fri 09:00–12:00, 14:00–18:00; Sat 09:00–12:00'.
 * Consecutive days with the same spans are grouped.
 */
export function summarizeHours(calendar: WorkingCalendar, lang: string): string {
  const groups: Array<{ from: Weekday; to: Weekday; spans: string }> = [];
  for (const day of WEEKDAYS) {
    const spans = (calendar.hours[day] ?? []).map((s) => `${s.start}–${s.end}`).join(', ');
    if (spans === '') continue;
    const last = groups.at(-1);
    const prev = WEEKDAYS[WEEKDAYS.indexOf(day) - 1];
    if (last !== undefined && last.spans === spans && last.to === prev) last.to = day;
    else groups.push({ from: day, to: day, spans });
  }
  return groups
    .map((g) => {
      const days =
        g.from === g.to
          ? weekdayName(g.from, lang)
          : `${weekdayName(g.from, lang)}–${weekdayName(g.to, lang)}`;
      return `${days} ${g.spans}`;
    })
    .join('; ');
}
