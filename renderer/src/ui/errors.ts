import { RecordValidationError, StorageFullError } from '../db/errors';
import { showToast } from './toast-store';

/** Every failed write ends here: the user reads what went wrong; nothing fails silently. */
export function reportError(error: unknown): void {
  const message =
    error instanceof RecordValidationError || error instanceof StorageFullError
      ? error.message
      : error instanceof Error
        ? error.message
        : String(error);
  showToast({ message, tone: 'error' });
}
