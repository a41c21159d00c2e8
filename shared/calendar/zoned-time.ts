import { DAY_MS } from './dates';
import { offsetAt, wallOf, wallToInstant } from './zone';
import { dateTimeFormat } from '../intl';

/**
 * Wall-clock time in an ACCOUNT's time zone, not the computer's: the incident happened, the
 * meeting takes place, the action is due at the client. One module for every screen that reads
 * or shows such times (<input type="datetime-local"> values such as '2026-03-29T02:30').
 */

const INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The input value showing instant `iso` in `timeZone` (minutes precision); '' for no instant. */
export function toZonedInput(iso: string, timeZone: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  const wall = new Date(wallOf(timeZone, t));
  return (
    `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`
  );
}

export type ZonedInputResult =
  | { ok: true; iso: string; note: null }
  /** The time does not exist (clocks go forward): it moves later by the gap, 02:30 → 03:30. */
  | { ok: true; iso: string; note: 'skipped'; shownAs: string }
  /** The time happens twice (clocks go back): the first occurrence is used. */
  | { ok: true; iso: string; note: 'repeated' }
  | { ok: false };

/**
 * The instant of an input value in `timeZone`, with Temporal's 'compatible' rule for DST
 * edges; the note lets the form say what it did rather than change the time silently.
 */
export function fromZonedInput(value: string, timeZone: string): ZonedInputResult {
  const m = INPUT.exec(value.trim());
  if (m === null) return { ok: false };
  const part = (i: number) => Number(m[i] ?? 0); // seconds are optional
  const [y, mo, d] = [part(1), part(2), part(3)];
  const wall = Date.UTC(y, mo - 1, d, part(4), part(5), part(6));
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return { ok: false };
  const t = wallToInstant(timeZone, wall);
  const iso = new Date(t).toISOString();
  if (wallOf(timeZone, t) !== wall) {
    return { ok: true, iso, note: 'skipped', shownAs: toZonedInput(iso, timeZone) };
  }
  // Repeated when the later offset also maps this wall time to a (different) real instant.
  const later = wall - offsetAt(timeZone, wall + DAY_MS);
  if (later !== t && wallOf(timeZone, later) === wall) return { ok: true, iso, note: 'repeated' };
  return { ok: true, iso, note: null };
}

/** The ISO instant of an input value in `timeZone`, null when empty or malformed (no DST note). */
export function zonedInputToIso(value: string, timeZone: string): string | null {
  const result = fromZonedInput(value, timeZone);
  return result.ok ? result.iso : null;
}

/** Today's date ('YYYY-MM-DD') on the wall clock of `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  return new Date(wallOf(timeZone, now.getTime())).toISOString().slice(0, 10);
}

/** 'UTC+01:00' for the offset in force at `iso`. */
export function utcOffsetLabel(timeZone: string, iso: string): string {
  const minutes = Math.round(offsetAt(timeZone, Date.parse(iso)) / 60_000);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The computer's own zone (the user's local time). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const instant = (iso: string | Date) => (typeof iso === 'string' ? new Date(iso) : iso);

/**
 * Date and time of an instant in a zone, in the UI language, the zone left unsaid (the screen
 * names it elsewhere): 'Mar 10, 2026, 2:05 PM' ('10 mars 2026, 14:05'). Incidents, SLA clocks, quota records, notifications.
 */
export function formatInZone(iso: string | Date, timeZone: string, lang: string): string {
  return dateTimeFormat(lang, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    instant(iso),
  );
}

/**
 * Date and time in the UI language on the account's clock, with the zone named:
 * 'Mar 10, 2026, 02:05 PM GMT+1'. Meetings, timelines, the account's glance.
 */
export function formatInZoneNamed(iso: string | Date, timeZone: string, lang: string): string {
  return dateTimeFormat(lang, {
    // dateStyle/timeStyle cannot be combined with timeZoneName: spell the fields out.
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(instant(iso));
}

/** A short instant with its weekday, in a zone: 'Tue, Mar 10, 8:00 PM' ('mar. 10 mars, 20:00'). */
export function formatWeekdayInZone(iso: string | Date, timeZone: string, lang: string): string {
  return dateTimeFormat(lang, {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant(iso));
}

/** A 'YYYY-MM-DD' calendar date in the UI language (no zone shift): 'Mar 11, 2026'. */
export function formatDate(date: string, lang: string): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A 'YYYY-MM-DD' calendar date with its weekday: 'Wednesday, March 11, 2026'. */
export function formatDateKey(date: string, lang: string): string {
  return dateTimeFormat(lang, { timeZone: 'UTC', dateStyle: 'full' }).format(
    new Date(`${date}T12:00:00.000Z`),
  );
}
