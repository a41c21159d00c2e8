import type { RecordTable } from '@shared/schemas/index';
import i18next from 'i18next';
import { restoreRecord, softDeleteRecord } from '../db/records';
import { totalOf, type TrashChange } from '../db/trash';
import { reportError } from '../ui/errors';
import { showToast } from '../ui/toast-store';

/** Says what else came back with a restored record, when anything did; null otherwise. */
export function restoredAlongMessage(name: string, change: TrashChange): string | null {
  if (change.account) {
    return i18next.t('trash.restoredWithAccount', { name, account: change.account.name });
  }
  const count = totalOf(change.along);
  return count > 0 ? i18next.t('trash.restoredWith', { name, count }) : null;
}

async function undo(table: RecordTable, id: string, name: string): Promise<void> {
  try {
    const change = await restoreRecord(table, id);
    const message = restoredAlongMessage(name, change);
    if (message !== null) showToast({ tone: 'success', message });
  } catch (error) {
    reportError(error);
  }
}

/**
 * Moves a record to the Trash and offers Undo in a toast. An account goes with its records;
 * the toast says how many, and Undo brings back exactly those.
 */
export async function deleteWithUndo(table: RecordTable, id: string, name: string): Promise<void> {
  let change: TrashChange;
  try {
    change = await softDeleteRecord(table, id);
  } catch (error) {
    reportError(error);
    return;
  }
  const count = totalOf(change.along);
  showToast({
    tone: 'info',
    message:
      count > 0
        ? i18next.t('trash.movedWith', { name, count })
        : i18next.t('common.movedToTrash', { name }),
    action: { label: i18next.t('common.undo'), run: () => undo(table, id, name) },
  });
}
