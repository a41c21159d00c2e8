import type { TFunction } from 'i18next';
import { parseTooLong, TEXT_LIMITS, type TextKind } from '@shared/schemas/index';

/** The `maxLength` of an input for a text of this kind (shared/schemas/limits.ts). */
export function maxLengthOf(kind: TextKind): number {
  return TEXT_LIMITS[kind];
}

/** A schema's "longer than N characters" message in the UI language; null for any other. */
export function tooLongText(message: string, t: TFunction): string | null {
  const parsed = parseTooLong(message);
  return parsed === null ? null : t('common.tooLong', { max: parsed.max });
}

/** Field errors from a refused save with the too-long messages worded in the UI language. */
export function translateTooLong(
  byField: Record<string, string>,
  t: TFunction,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(byField).map(([path, message]) => [path, tooLongText(message, t) ?? message]),
  );
}
