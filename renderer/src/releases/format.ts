import { dateTimeFormat } from '@shared/intl';
/** Date helpers of the release screens (UI language, no time zone shift for calendar dates). */

/** 'YYYY-MM-DD' of the computer's local today. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar date in the UI language: '14 Mar 2026'. */
export function formatDay(date: string, lang: string): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** An instant in the user's own time zone, date and time. */
export function formatLocalDateTime(iso: string, lang: string): string {
  return dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** datetime-local value for an instant, in the user's own time zone. */
export function toLocalInput(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localToday(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Splits a one-per-line (or comma-separated) list, trimmed, blanks dropped. */
export function splitList(text: string, separator: RegExp = /\n/): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
