import Papa from 'papaparse';

export type CsvLang = 'en' | 'fr';

// Decoding comes before parsing, in its own module; re-exported for the existing importers.
export { decodeCsvBytes, MAX_IMPORT_BYTES, type CsvEncoding, type DecodeError } from './csv-decode';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a
 * leading apostrophe, so `=cmd|' /C calc'!A0` stays text.
 */
export function escapeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
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

export interface ParsedCsv {
  header: string[];
  /** Data rows; rows[i] is on line i + 2 of the file. */
  rows: string[][];
  /** Papa's structural problems (unclosed quotes…), with their line. */
  problems: Array<{ line: number; message: string }>;
}

/**
 * Parses in chunks, yielding between them so a progress bar can move (onProgress 0–1).
 * The delimiter is detected (',' or ';' or tab).
 */
export function parseCsvText(
  text: string,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<ParsedCsv> {
  return new Promise((resolve, reject) => {
    const all: string[][] = [];
    const problems: ParsedCsv['problems'] = [];
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      delimitersToGuess: [',', ';', '\t'],
      chunkSize: 512 * 1024,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        const offset = all.length;
        all.push(...results.data);
        for (const e of results.errors) {
          problems.push({ line: (e.row ?? 0) + offset + 1, message: e.message });
        }
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete: () => {
        const [header = [], ...rows] = all;
        resolve({ header: header.map((h) => h.trim()), rows, problems });
      },
      error: (error: Error) => reject(error),
    });
  });
}
