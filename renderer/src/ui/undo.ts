import type { RecordTable } from '@shared/schemas/index';
import i18next from 'i18next';
import { restoreRecord, softDeleteRecord } from '../db/records';
import { reportError } from './errors';
import { showToast } from './toast-store';

/** Moves a record to the Trash and offers Undo in a toast. */
export async function deleteWithUndo(table: RecordTable, id: string, name: string): Promise<void> {
  try {
    await softDeleteRecord(table, id);
  } catch (error) {
    reportError(error);
    return;
  }
  showToast({
    tone: 'info',
    message: i18next.t('common.movedToTrash', { name }),
    action: {
      label: i18next.t('common.undo'),
      run: () => restoreRecord(table, id).then(() => undefined, reportError),
    },
  });
}
