import { describe, expect, it } from 'vitest';
import type { TrashEntry } from '../db/queries';
import { groupTrash, recordsInTrashOf } from './groups';

const T1 = '2026-04-10T08:00:00.000Z';
const T2 = '2026-04-12T08:00:00.000Z';
const T3 = '2026-04-14T08:00:00.000Z';

const entry = (table: string, id: string, deletedAt: string, accountId?: string) =>
  ({ table, record: { id, deletedAt, ...(accountId ? { accountId } : {}) } }) as TrashEntry;

describe('groupTrash', () => {
  // As useTrash lists them: newest deletion first, and the cascaded incident before its account.
  const entries = [
    entry('accounts', 'c', T3),
    entry('incidents', 'i1', T2, 'a'),
    entry('meetings', 'm1', T2, 'b'),
    entry('accounts', 'a', T2),
    entry('releases', 'r1', T2),
    entry('incidents', 'i2', T1, 'a'),
  ];

  it('puts the records deleted with an account right under it, and marks them', () => {
    const rows = groupTrash(entries).map((r) => ({
      id: r.entry.record.id,
      with: r.withAccount?.record.id ?? null,
      size: r.groupSize,
    }));
    expect(rows).toEqual([
      { id: 'c', with: null, size: 0 },
      { id: 'm1', with: null, size: 0 }, // its account is not in the Trash
      { id: 'a', with: null, size: 1 },
      { id: 'i1', with: 'a', size: 0 },
      { id: 'r1', with: null, size: 0 },
      { id: 'i2', with: null, size: 0 }, // deleted on its own, earlier
    ]);
  });

  it('counts every record of an account in the Trash, whenever it was deleted', () => {
    expect(recordsInTrashOf(entries, 'a')).toBe(2);
    expect(recordsInTrashOf(entries, 'c')).toBe(0);
  });
});
