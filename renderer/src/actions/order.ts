import type { ActionItem } from '@shared/schemas/index';

type Orderable = Pick<ActionItem, 'id' | 'title' | 'status' | 'dueDate'>;

/** Open and due before `today` ('YYYY-MM-DD', the owner's calendar date). */
export function isOverdue(item: Orderable, today: string): boolean {
  return item.status === 'open' && item.dueDate !== null && item.dueDate < today;
}

const STATUS_RANK = { open: 0, done: 1, dropped: 2 } as const;

/**
 * The Actions view order: overdue first (oldest due first), then by due date (undated last),
 * open before done before dropped on the same date, then title and id so the order is stable.
 * `today` may depend on the item (its account's time zone).
 */
export function sortActions<T extends Orderable>(
  items: readonly T[],
  today: string | ((item: T) => string),
): T[] {
  const todayOf = typeof today === 'string' ? () => today : today;
  const keyed = items.map((item) => ({ item, overdue: isOverdue(item, todayOf(item)) }));
  keyed.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    const da = a.item.dueDate;
    const db = b.item.dueDate;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    const s = STATUS_RANK[a.item.status] - STATUS_RANK[b.item.status];
    if (s !== 0) return s;
    if (a.item.title !== b.item.title) return a.item.title < b.item.title ? -1 : 1;
    return a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0;
  });
  return keyed.map((k) => k.item);
}

export interface ActionFilter {
  accountId: string;
  owner: string;
  status: ActionItem['status'] | 'all';
}

/** '' in accountId/owner means any. */
export function filterActions<T extends Pick<ActionItem, 'accountId' | 'owner' | 'status'>>(
  items: readonly T[],
  filter: ActionFilter,
): T[] {
  return items.filter(
    (i) =>
      (filter.accountId === '' || i.accountId === filter.accountId) &&
      (filter.owner === '' || i.owner === filter.owner) &&
      (filter.status === 'all' || i.status === filter.status),
  );
}
