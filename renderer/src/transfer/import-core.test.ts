// The import worker's logic, run on this thread: no Worker, no IndexedDB.
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, ImportSession } from './import-core';
import { createImportHandler } from './import-handler';
import type { ImportResponse } from './import-protocol';

const HEADER = 'Name,Plan,Subscription start,Time zone';
const row = (i: number) => `Account ${String(i)},premium,2024-01-01,Europe/Paris`;
const bytesOf = (text: string) => new TextEncoder().encode(text);
const file = (count: number, extra: string[] = []) =>
  [HEADER, ...Array.from({ length: count }, (_, i) => row(i + 1)), ...extra].join('\r\n');

function session(existing = 0) {
  let n = 0;
  return new ImportSession(
    'accounts',
    {
      accounts: [],
      incidents: [],
      by: 'Tester',
      now: new Date(),
      newId: () => `id-${String(++n)}`,
    },
    existing,
  );
}

describe('ImportSession', () => {
  it('refuses a file with more rows than one import may add, with its figures', () => {
    const { perImport, perTable } = IMPORT_LIMITS.accounts;
    const bytes = bytesOf(file(perImport + 1));
    const outcome = session().parse(bytes);
    expect(outcome).toEqual({
      kind: 'refused',
      refusal: {
        rows: perImport + 1,
        bytes: bytes.byteLength,
        allowed: Math.min(perImport, perTable),
        perImport,
        perTable,
        existing: 0,
      },
    });
  });

  it('counts the room left in the table: 3 fit, 4 are refused', () => {
    const existing = IMPORT_LIMITS.accounts.perTable - 3;
    const refused = session(existing).parse(bytesOf(file(4)));
    expect(refused.kind).toBe('refused');
    if (refused.kind === 'refused') expect(refused.refusal.allowed).toBe(3);
    expect(session(existing).parse(bytesOf(file(3))).kind).toBe('parsed');
  });

  it('counts every row of a file of several chunks, with rising progress, final newline aside', () => {
    const count = 25_000; // about 1.2 MB: more than one parse chunk, more than one import may add
    const text = `${file(count)}\r\n`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const seen: number[] = [];
    const outcome = session().parse(bytesOf(text), (f) => seen.push(f));
    expect(outcome.kind === 'refused' && outcome.refusal.rows).toBe(count);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('validates with line numbers, then hands the valid records out a chunk at a time', () => {
    const s = session();
    const outcome = s.parse(bytesOf(file(5, ['Bad plan,platinum,2024-01-01,Europe/Paris'])));
    expect(outcome.kind).toBe('parsed');
    if (outcome.kind !== 'parsed') return;
    expect(outcome.summary.total).toBe(6);
    expect(outcome.summary.preview).toHaveLength(5);
    const summary = s.validate(outcome.summary.mapping);
    expect(summary.valid).toBe(5);
    expect(summary.errorCount).toBe(1);
    expect(summary.errors[0]).toMatchObject({ line: 7, column: 'Plan', code: 'plan' });
    const ids = s.ids();
    const first = s.take(3) as Array<{ id: string; name: string }>;
    const rest = s.take(3) as Array<{ id: string; name: string }>;
    expect(s.take(3)).toEqual([]);
    expect([...first, ...rest].map((r) => r.id)).toEqual(ids);
    expect([...first, ...rest].map((r) => r.name)).toEqual(
      [1, 2, 3, 4, 5].map((i) => `Account ${String(i)}`),
    );
  });

  it('gives a decoding problem back instead of rows', () => {
    expect(session().parse(new Uint8Array([0x4e, 0x6f, 0x6d, 0xe9, 0x0a]))).toEqual({
      kind: 'decode',
      error: 'encoding',
    });
  });
});

describe('createImportHandler', () => {
  it('answers parse, validate and take in order, with progress for both phases', async () => {
    const posted: ImportResponse[] = [];
    const handle = createImportHandler((r) => posted.push(r));
    await handle({
      type: 'parse',
      file: new Blob([file(4)]),
      target: 'accounts',
      accounts: [],
      incidents: [],
      by: 'Tester',
      now: new Date().toISOString(),
      existing: 0,
    });
    const parsed = posted.find((r) => r.type === 'parsed');
    if (parsed?.type !== 'parsed' || parsed.outcome.kind !== 'parsed')
      throw new Error('not parsed');
    await handle({ type: 'validate', mapping: parsed.outcome.summary.mapping });
    await handle({ type: 'take', count: 10 });
    const validated = posted.find((r) => r.type === 'validated');
    const records = posted.find((r) => r.type === 'records');
    expect(validated?.type === 'validated' && validated.ids).toHaveLength(4);
    expect(records?.type === 'records' && records.records).toHaveLength(4);
    const phases = new Set(posted.flatMap((r) => (r.type === 'progress' ? [r.phase] : [])));
    expect(phases).toEqual(new Set(['read', 'validate']));
  });

  it('reports a request before any file as an error, not a crash', async () => {
    const posted: ImportResponse[] = [];
    await createImportHandler((r) => posted.push(r))({ type: 'take', count: 1 });
    expect(posted).toEqual([{ type: 'error', message: 'No file was read.' }]);
  });
});
