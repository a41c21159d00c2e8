import { wallOf, wallToInstant } from '@shared/calendar/zone';
import { dateTimeFormat } from '@shared/intl';

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A datetime-local value ('2026-03-01T09:30') read as wall-clock time in `timeZone`, as an ISO
 * UTC instant; null when empty or malformed. The account's zone, not the laptop's, is meant.
 */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (m === null) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return new Date(wallToInstant(timeZone, wall)).toISOString();
}

/** The datetime-local value showing instant `iso` on the wall clock of `timeZone`. */
export function isoToZonedInput(iso: string, timeZone: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(wallOf(timeZone, t)).toISOString().slice(0, 16);
}

/** Today's date ('YYYY-MM-DD') on the wall clock of `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  return new Date(wallOf(timeZone, now.getTime())).toISOString().slice(0, 10);
}

/** Date and time in the UI language, on the account's clock, with the zone named. */
export function formatInZone(iso: string, timeZone: string, lang: string): string {
  return dateTimeFormat(lang, {
    // dateStyle/timeStyle cannot be combined with timeZoneName: spell the fields out.
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** A 'YYYY-MM-DD' date in the UI language (no time zone shift: it is a calendar date). */
export function formatDate(date: string, lang: string): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
