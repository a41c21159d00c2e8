/** Messages between the page and the CSV import worker (import.worker.ts). */
import type { Account } from '@shared/schemas/index';
import type { RankedIncident } from '@shared/incidents/index';
import type { CsvEncoding } from './csv-decode';
import type { ImportTarget, Mapping } from './csv-import';
import type { ParseOutcome, ValidationSummary } from './import-core';

export interface ImportStart {
  type: 'parse';
  file: Blob;
  target: ImportTarget;
  accounts: Account[];
  incidents: RankedIncident[];
  by: string;
  /** ISO instant: the records' updatedAt and the ranking's "now". */
  now: string;
  /** Records the target table holds now. */
  existing: number;
  /** How to read the file's bytes (csv-decode.ts); UTF-8 unless the user chose otherwise. */
  encoding?: CsvEncoding;
}

export type ImportRequest =
  ImportStart | { type: 'validate'; mapping: Mapping } | { type: 'take'; count: number };

export type ImportPhase = 'read' | 'validate';

export type ImportResponse =
  | { type: 'progress'; phase: ImportPhase; fraction: number }
  | { type: 'parsed'; outcome: ParseOutcome }
  | { type: 'validated'; summary: ValidationSummary; ids: string[] }
  | { type: 'records'; records: unknown[] }
  | { type: 'error'; message: string };
