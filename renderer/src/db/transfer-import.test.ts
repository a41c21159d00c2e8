// The CSV import's writes: chunked, all or nothing, and nothing stored before is touched.
import { describe, expect, it } from 'vitest';
import type { StewardDatabase } from './database';
import { withTestDatabase } from './test-database';
import { testAccount } from './test-records';
import {
  beginImport,
  commitImport,
  discardImport,
  storedCount,
  writeImportChunk,
} from './transfer';

let db: StewardDatabase;
const STORED = testAccount({ id: 'stored-1', name: 'Stored before' });
const imported = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    testAccount({ id: `imp-${String(i)}`, name: `Imp ${String(i)}` }),
  );

withTestDatabase('transfer-import', async (fresh) => {
  db = fresh;
  await db.accounts.put({ ...STORED, updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null });
});

describe('chunked CSV import writes', () => {
  it('commit: every row stored, their outbox rows added at once, the note gone', async () => {
    const rows = imported(5);
    await beginImport(
      'accounts',
      rows.map((r) => r.id),
    );
    await writeImportChunk('accounts', rows.slice(0, 3));
    expect(await db.outbox.count()).toBe(0); // nothing can be pushed before the commit
    await writeImportChunk('accounts', rows.slice(3));
    expect(await commitImport()).toBe(5);
    expect(await storedCount('accounts')).toBe(6);
    expect((await db.outbox.toArray()).map((o) => o.recordId).sort()).toEqual(
      rows.map((r) => r.id).sort(),
    );
    expect(await discardImport()).toBe(0); // nothing left to undo
    expect(await storedCount('accounts')).toBe(6);
  });

  it('discard after some chunks: only the imported rows go, the stored account stays', async () => {
    const rows = imported(4);
    await beginImport(
      'accounts',
      rows.map((r) => r.id),
    );
    await writeImportChunk('accounts', rows.slice(0, 2));
    expect(await storedCount('accounts')).toBe(3);
    expect(await discardImport()).toBe(2);
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual([STORED.id]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a chunk with an invalid row stores nothing of that chunk, and discard undoes the rest', async () => {
    const rows = imported(3);
    await beginImport(
      'accounts',
      rows.map((r) => r.id),
    );
    await writeImportChunk('accounts', rows.slice(0, 1));
    await expect(
      writeImportChunk('accounts', [rows[1], { ...rows[2], plan: 'platinum' }]),
    ).rejects.toThrow();
    expect(await storedCount('accounts')).toBe(2);
    await discardImport();
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual([STORED.id]);
  });

  it('an import interrupted before its commit is undone by the next begin', async () => {
    await beginImport('accounts', ['imp-0']);
    await writeImportChunk('accounts', imported(1));
    await beginImport('accounts', []);
    expect((await db.accounts.toArray()).map((a) => a.id)).toEqual([STORED.id]);
  });
});
