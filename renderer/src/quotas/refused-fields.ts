import type { TFunction } from 'i18next';
import { RecordValidationError } from '../db/errors';
import { reportError } from '../ui/errors';
import { translateTooLong } from '../ui/limits';

/** A save the data layer refused, as worded field errors for the form; null for any other failure. */
export function refusedFields(error: unknown, t: TFunction): Record<string, string> | null {
  return error instanceof RecordValidationError ? translateTooLong(error.byField(), t) : null;
}

/** How a quota dialog's failed save reaches the user (useRecordForm's `report`). */
export const report = reportError;
