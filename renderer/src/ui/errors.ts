import { showToast } from './toast-store';

/** Every failed write ends here: the user reads what went wrong; nothing fails silently. */
export function reportError(error: unknown): void {
  // The data layer's typed errors (RecordValidationError, StorageFullError) carry their message.
  const message = error instanceof Error ? error.message : String(error);
  showToast({ message, tone: 'error' });
}
