import { WEEKDAYS, type WorkingCalendar } from '@shared/calendar/index';
import { weekdayName } from '../../ui/account-fields';

/**
 * The working week in a line, consecutive days with the same spans grouped:
 * "Mon–Fri 08:00–12:00, 14:00–18:00 · Sat 09:00–12:00". Empty string when nobody works.
 */
export function describeWeek(hours: WorkingCalendar['hours'], lang: string): string {
  const groups: Array<{ from: number; to: number; spans: string }> = [];
  WEEKDAYS.forEach((day, index) => {
    const spans = (hours[day] ?? []).map((s) => `${s.start}–${s.end}`).join(', ');
    const last = groups[groups.length - 1];
    if (spans !== '' && last && last.spans === spans && last.to === index - 1) last.to = index;
    else if (spans !== '') groups.push({ from: index, to: index, spans });
  });
  const name = (i: number) => {
    const day = WEEKDAYS[i];
    return day === undefined ? '' : weekdayName(day, lang, 'short');
  };
  return groups
    .map((g) => {
      const days =
        g.from === g.to
          ? name(g.from)
          : `${name(g.from)}${g.to === g.from + 1 ? ', ' : '–'}${name(g.to)}`;
      return `${days} ${g.spans}`;
    })
    .join(' · ');
}
