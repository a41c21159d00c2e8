import { offsetAt } from '@shared/calendar/zone';
import Papa from 'papaparse';

export type CsvLang = 'en' | 'fr';

// Decoding comes before parsing, in its own module; re-exported for the existing importers.
export { decodeCsvBytes, MAX_IMPORT_BYTES, type CsvEncoding, type DecodeError } from './csv-decode';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe, so `=cmd|' /C calc'!A0` stays text.
 */
export function escapeCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * escapeCell undone on import, so export → import gives the text back: one leading apostrophe
 * before apostrophes and a formula character is dropped ("'=1+1" → "=1+1", "''=x" → "'=x").
 */
export function unescapeCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** How an export writes ids and times: as people read them, or as the import reads them back. */
export type CsvMode = 'readable' | 'reimport';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An instant as a CSM reads it: local date and time in `timeZone` with that moment's offset,
 * e.g. '2026-03-02 14:05 +01:00' (seconds and milliseconds only when not zero, so nothing is
 * lost). The import reads it back (csv-import.ts parseDateTime).
 */
export function localDateTime(iso: string, timeZone: string): string {
  const t = Date.parse(iso);
  const offsetMin = Math.round(offsetAt(timeZone, t) / 60_000);
  const wall = new Date(t + offsetMin * 60_000);
  const s = wall.getUTCSeconds();
  const ms = wall.getUTCMilliseconds();
  const time =
    `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}` +
    (s !== 0 || ms !== 0 ? `:${pad(s)}` : '') +
    (ms !== 0 ? `.${pad(ms, 3)}` : '');
  const abs = Math.abs(offsetMin);
  const offset = `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${wall.toISOString().slice(0, 10)} ${time} ${offset}`;
}

/** An instant (or none) in `mode`: readable local time, or the stored ISO instant. */
export function csvDateTime(iso: string | null, timeZone: string, mode: CsvMode): string {
  if (iso === null) return '';
  return mode === 'readable' ? localDateTime(iso, timeZone) : iso;
}

/** Numbers as the spreadsheet of that language reads them (decimal comma in French). */
export function csvNumber(n: number, lang: CsvLang, digits = 2): string {
  const fixed = Number.isInteger(n)
    ? String(n)
    : n.toFixed(digits).replace(/0+$/, '').replace(/\.$/, '');
  return lang === 'fr' ? fixed.replace('.', ',') : fixed;
}

/** CSV text a spreadsheet opens correctly: UTF-8 BOM, ';' in French and ',' in English, CRLF. */
export function toCsv(header: string[], rows: string[][], lang: CsvLang): string {
  const body = Papa.unparse(
    { fields: header.map(escapeCell), data: rows.map((r) => r.map(escapeCell)) },
    { delimiter: lang === 'fr' ? ';' : ',', newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
