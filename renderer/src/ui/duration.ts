import type { Coverage, Lang } from '@shared/domain/types';

/**
 * The one place the renderer writes a duration, screens and printed reports alike. Every
 * duration says which time it counts:
 * - a calendar span (real time: a median time to resolve, time since a breach, a pause) in
 *   days and hours: '3 d 4 h', '2 h 05 min', '45 min';
 * - SLA time (a target, time left, time overdue), which is working time on the incident's
 *   coverage calendar, never in days: on business hours '76 working hours',
 *   '5 working hours 58 min', '45 working min'; on 24x7 or 24x5 coverage the hours with
 *   the clock they run on: '1 h 20 min (24x7)', '30 h (24x5)'.
 */

const UNITS = {
  en: {
    day: 'd',
    hour: 'working hour',
    hours: 'working hours',
    min: 'working min',
  },
  fr: {
    day: 'j',
    hour: 'heure ouvrée',
    hours: 'heures ouvrées',
    min: 'min ouvrées',
  },
} as const;

/** From this many hours on, SLA time is shown in whole hours: minutes are noise there. */
const WHOLE_HOURS_FROM = 24;

const pad = (n: number) => String(n).padStart(2, '0');

function minutesOf(ms: number): number {
  if (!Number.isFinite(ms)) throw new RangeError(`A duration must be a finite number (got ${ms}).`);
  return Math.round(Math.abs(ms) / 60_000);
}

/** Real elapsed time: '3 d 4 h', '2 h 05 min', '45 min' ('j' in French). */
export function formatSpan(ms: number, lang: Lang): string {
  const totalMin = minutesOf(ms);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const m = totalMin % 60;
  const day = UNITS[lang].day;
  if (d > 0) return h > 0 ? `${d} ${day} ${h} h` : `${d} ${day}`;
  if (h > 0) return `${h} h ${pad(m)} min`;
  return `${m} min`;
}

/** The clock a 24x7 or 24x5 duration runs on, e.g. ' (24x7)'; business hours say it in the unit. */
function clockTag(coverage: Coverage): string {
  return coverage === 'business-hours' ? '' : ` (${coverage})`;
}

/**
 * SLA time on the coverage calendar (see the file comment): hours, never days.
 * '76 working hours', '1 working hour 05 min', '45 working min'; '1 h 20 min (24x7)'.
 */
export function formatSlaTime(ms: number, coverage: Coverage, lang: Lang): string {
  const totalMin = minutesOf(ms);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (coverage !== 'business-hours') {
    const text =
      h >= WHOLE_HOURS_FROM || (h > 0 && m === 0)
        ? `${h} h`
        : h > 0
          ? `${h} h ${pad(m)} min`
          : `${m} min`;
    return `${text}${clockTag(coverage)}`;
  }
  const u = UNITS[lang];
  if (h === 0) return `${m} ${u.min}`;
  const hours = `${h} ${h === 1 ? u.hour : u.hours}`;
  return h >= WHOLE_HOURS_FROM || m === 0 ? hours : `${hours} ${pad(m)} min`;
}

/**
 * A live SLA countdown to the second, hours never rolled into days:
 * '76:31:10 working hours', '01:20:05 (24x7)'.
 */
export function formatSlaCountdown(ms: number, coverage: Coverage, lang: Lang): string {
  if (!Number.isFinite(ms)) throw new RangeError(`A duration must be a finite number (got ${ms}).`);
  const total = Math.floor(Math.abs(ms) / 1000);
  const hms = `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  return coverage === 'business-hours'
    ? `${hms} ${UNITS[lang].hours}`
    : `${hms}${clockTag(coverage)}`;
}
