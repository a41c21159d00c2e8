import type { TrashEntry } from '../db/queries';

export interface TrashRow {
  entry: TrashEntry;
  /** The account entry this record went to the Trash with (same account, same deletedAt). */
  withAccount: TrashEntry | null;
  /** For an account: how many of the listed records went with it. */
  groupSize: number;
}

const accountIdOf = (entry: TrashEntry): string | null => {
  const id = (entry.record as { accountId?: unknown }).accountId;
  return typeof id === 'string' ? id : null;
};

const key = (accountId: string, deletedAt: string | null) => `${accountId}\u0000${deletedAt ?? ''}`;

/**
 * Orders the Trash so that each account is followed by the records deleted with it, and marks
 * those records. Records the user deleted on their own keep their place, unmarked.
 */
export function groupTrash(entries: readonly TrashEntry[]): TrashRow[] {
  const accounts = new Map<string, TrashEntry>();
  for (const e of entries) {
    if (e.table === 'accounts') accounts.set(key(e.record.id, e.record.deletedAt), e);
  }
  const members = new Map<TrashEntry, TrashEntry[]>();
  const grouped = new Set<TrashEntry>();
  for (const e of entries) {
    const accountId = accountIdOf(e);
    const account =
      accountId === null ? undefined : accounts.get(key(accountId, e.record.deletedAt));
    if (!account) continue;
    members.set(account, [...(members.get(account) ?? []), e]);
    grouped.add(e);
  }
  return entries.flatMap((entry): TrashRow[] => {
    if (grouped.has(entry)) return [];
    const children = members.get(entry) ?? [];
    return [
      { entry, withAccount: null, groupSize: children.length },
      ...children.map((c) => ({ entry: c, withAccount: entry, groupSize: 0 })),
    ];
  });
}

/** How many listed records belong to an account (purging it removes them too). */
export function recordsInTrashOf(entries: readonly TrashEntry[], accountId: string): number {
  return entries.filter((e) => e.table !== 'accounts' && accountIdOf(e) === accountId).length;
}
