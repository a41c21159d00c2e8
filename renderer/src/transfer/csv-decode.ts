/**
 * Bytes → text for the CSV import, before anything is parsed. UTF-8 is read strictly; a file
 * that is not UTF-8 (Excel's "CSV" in France is Windows-1252) can be read as Windows-1252 or
 * ISO-8859-1 once the user has seen a preview of its accented lines in each.
 */

/** 50 MiB: above this a file is refused before it is read. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const CSV_ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];
/** What a file that is not UTF-8 may be read as instead. */
export const FALLBACK_ENCODINGS = ['windows-1252', 'iso-8859-1'] as const;

export type DecodeError = 'too-large' | 'encoding' | 'binary' | 'empty';

/** Windows-1252's 0x80–0x9F (€, ‚, ƒ, „, …, œ, Ÿ…); 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * A single-byte encoding, by hand rather than TextDecoder: the Encoding Standard maps the label
 * 'iso-8859-1' to windows-1252 (0x80–0x9F would never show as the control characters they are),
 * and Node before 23 decodes 'windows-1252' as ISO-8859-1: one table, the same everywhere.
 */
function singleByte(bytes: Uint8Array, encoding: 'windows-1252' | 'iso-8859-1'): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  for (let i = bom; i < bytes.length; i += 8192) {
    const chunk = String.fromCharCode(...bytes.subarray(i, i + 8192));
    parts.push(
      encoding === 'iso-8859-1'
        ? chunk
        : chunk.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c),
    );
  }
  return parts.join('');
}

function decodeWith(bytes: Uint8Array, encoding: CsvEncoding): string {
  if (encoding !== 'utf-8') return singleByte(bytes, encoding);
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
}

/**
 * The file's text in `encoding` (UTF-8 checked strictly: TextDecoder fatal); a BOM is dropped;
 * NUL characters mean binary.
 */
export function decodeCsvBytes(
  bytes: Uint8Array,
  encoding: CsvEncoding = 'utf-8',
): { text: string } | { error: DecodeError } {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { error: 'too-large' };
  let text: string;
  try {
    text = decodeWith(bytes, encoding);
  } catch {
    return { error: 'encoding' };
  }
  if (text.includes('\u0000')) return { error: 'binary' };
  if (text.trim() === '') return { error: 'empty' };
  return { text };
}

/** How much of the file the preview reads: enough for the header and the first accented rows. */
export const PREVIEW_BYTES = 64 * 1024;
const PREVIEW_LINES = 4;

export interface EncodingPreview {
  encoding: (typeof FALLBACK_ENCODINGS)[number];
  /** The header line, then the first lines that hold a character beyond ASCII. */
  lines: Array<{ line: number; text: string }>;
}

/** The first bytes of a file that is not UTF-8, read in each fallback encoding. */
export function encodingPreviews(head: Uint8Array): EncodingPreview[] {
  const bytes = head.subarray(0, PREVIEW_BYTES);
  return FALLBACK_ENCODINGS.map((encoding) => {
    const all = decodeWith(bytes, encoding).split(/\r\n|\n|\r/);
    // A line cut by the PREVIEW_BYTES boundary is left out.
    if (head.length > PREVIEW_BYTES) all.pop();
    const lines = all
      .map((text, i) => ({ line: i + 1, text }))
      .filter((l, i) => i === 0 || /[\u0080-\uffff]/.test(l.text))
      .slice(0, PREVIEW_LINES + 1);
    return { encoding, lines };
  });
}
