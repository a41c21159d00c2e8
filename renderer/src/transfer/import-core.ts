/**
 * The CSV import's work off the UI thread, as plain code (import.worker.ts runs it; tests call it
 * directly): decode, parse in chunks counting every row, refuse a file beyond the workspace's
 * limits before anything is stored, validate with progress, then hand the valid records out a
 * chunk at a time for the page to write.
 */
import Papa from 'papaparse';
import { decodeCsvBytes, type CsvEncoding, type DecodeError } from './csv-decode';
import {
  autoMapping,
  buildImport,
  type ImportContext,
  type ImportTarget,
  type Mapping,
  type RowError,
} from './csv-import';

/**
 * How many rows one import may add, and how many records a table may hold after it. Measured
 * with the workspace bench: the large demo book (500 accounts, 50,000 incidents) stays
 * responsive, and so does that book plus the largest accepted accounts import; beyond these
 * figures nothing was measured, so the import refuses rather than risk the workspace.
 */
export const IMPORT_LIMITS: Record<ImportTarget, { perImport: number; perTable: number }> = {
  accounts: { perImport: 5_000, perTable: 5_500 },
  incidents: { perImport: 20_000, perTable: 70_000 },
};

export const PREVIEW_ROWS = 5;
export const LISTED_ERRORS = 50;
export const LISTED_PROBLEMS = 10;
const PARSE_CHUNK_BYTES = 1024 * 1024;

export interface Refusal {
  /** Data rows in the file (the header excluded). */
  rows: number;
  bytes: number;
  /** Rows this import may add: the smaller of the per-import limit and the room in the table. */
  allowed: number;
  perImport: number;
  perTable: number;
  /** Records the table holds now. */
  existing: number;
}

export interface ParseSummary {
  header: string[];
  preview: string[][];
  /** Data rows, blank lines included (rows[i] is on line i + 2). */
  total: number;
  problems: Array<{ line: number; message: string }>;
  mapping: Mapping;
}

export interface ValidationSummary {
  valid: number;
  errors: RowError[];
  errorCount: number;
  invalidLines: number;
}

export type ParseOutcome =
  | { kind: 'decode'; error: DecodeError }
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'parsed'; summary: ParseSummary };

export type Progress = (fraction: number) => void;

/** One import: its rows, then its valid records, in the worker's memory until written. */
export class ImportSession {
  private header: string[] = [];
  private rows: string[][] = [];
  private total = 0;
  private problems: ParseSummary['problems'] = [];
  private records: unknown[] = [];
  private taken = 0;

  constructor(
    readonly target: ImportTarget,
    private readonly ctx: ImportContext,
    /** Records of the target table stored now (Trash included: they come back on restore). */
    private readonly existing: number,
  ) {}

  /** Rows this import may add. */
  get allowed(): number {
    const { perImport, perTable } = IMPORT_LIMITS[this.target];
    return Math.max(0, Math.min(perImport, perTable - this.existing));
  }

  /** Decodes and parses the whole file; rows beyond the limit are counted, not kept. */
  parse(
    bytes: Uint8Array,
    onProgress: Progress = () => undefined,
    encoding: CsvEncoding = 'utf-8',
  ): ParseOutcome {
    const decoded = decodeCsvBytes(bytes, encoding);
    if ('error' in decoded) return { kind: 'decode', error: decoded.error };
    this.parseText(decoded.text, onProgress);
    if (this.total > this.allowed) {
      this.rows = [];
      const { perImport, perTable } = IMPORT_LIMITS[this.target];
      return {
        kind: 'refused',
        refusal: {
          rows: this.total,
          bytes: bytes.byteLength,
          allowed: this.allowed,
          perImport,
          perTable,
          existing: this.existing,
        },
      };
    }
    return {
      kind: 'parsed',
      summary: {
        header: this.header,
        preview: this.rows.slice(0, PREVIEW_ROWS),
        total: this.total,
        problems: this.problems.slice(0, LISTED_PROBLEMS),
        mapping: autoMapping(this.target, this.header),
      },
    };
  }

  private parseText(text: string, onProgress: Progress): void {
    let first = true;
    let seen = 0;
    const end = { lastBlank: false };
    // Papa's own worker mode builds a blob: worker, which the CSP forbids: this code runs in
    // our worker already, so a synchronous chunked parse is the streaming step.
    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      delimitersToGuess: [',', ';', '\t'],
      chunkSize: PARSE_CHUNK_BYTES,
      chunk: (results: Papa.ParseResult<string[]>) => {
        let data = results.data;
        if (first) {
          first = false;
          this.header = (data[0] ?? []).map((h) => h.trim());
          data = data.slice(1);
          for (const e of results.errors)
            if (this.problems.length < LISTED_PROBLEMS)
              this.problems.push({ line: (e.row ?? 0) + 1, message: e.message });
        } else {
          for (const e of results.errors)
            if (this.problems.length < LISTED_PROBLEMS)
              this.problems.push({ line: (e.row ?? 0) + seen + 1, message: e.message });
        }
        const room = this.allowed - this.rows.length;
        if (room > 0) this.rows.push(...data.slice(0, room));
        this.total += data.length;
        seen += results.data.length;
        const tail = data.at(-1);
        if (tail !== undefined) end.lastBlank = tail.every((c) => c === '');
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
      },
      complete: () => undefined,
    });
    // A trailing newline reads as one empty row: not a data row.
    if (end.lastBlank) {
      if (this.rows.length === this.total) this.rows.pop();
      this.total -= 1;
    }
  }

  /** Validates every kept row against `mapping`; keeps the valid records for `take`. */
  validate(mapping: Mapping, onProgress: Progress = () => undefined): ValidationSummary {
    const result = buildImport(this.target, this.header, this.rows, mapping, this.ctx, onProgress);
    this.records = result.valid.map((v) => v.record);
    this.taken = 0;
    return {
      valid: this.records.length,
      errors: result.errors.slice(0, LISTED_ERRORS),
      errorCount: result.errors.length,
      invalidLines: result.invalidLines.length,
    };
  }

  /** Ids of the records `take` will hand out, so the page can undo a write it cancels. */
  ids(): string[] {
    return this.records.map((r) => (r as { id: string }).id);
  }

  /** The next `count` valid records; an empty list when all were handed out. */
  take(count: number): unknown[] {
    const chunk = this.records.slice(this.taken, this.taken + count);
    this.taken += chunk.length;
    return chunk;
  }
}
