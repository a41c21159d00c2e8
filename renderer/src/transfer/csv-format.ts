import Papa from 'papaparse';

export type CsvLang = 'en' | 'fr';

/** 50 MiB: above this a file is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type DecodeError = 'too-large' | 'encoding' | 'binary' | 'empty';

/** UTF-8 only, checked strictly (TextDecoder fatal); a BOM is dropped; NUL bytes mean binary. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string } | { error: DecodeError } {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { error: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { error: 'encoding' };
  }
  if (text.includes('\u0000')) return { error: 'binary' };
  if (text.trim() === '') return { error: 'empty' };
  return { text };
}

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
