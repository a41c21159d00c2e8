import type { ParseKeys, TFunction } from 'i18next';
import type { z } from 'zod';

/**
 * Where a form finds the words for a schema's issues: by field (the issue's path, numeric parts
 * dropped: `rows.3` is `rows`), then by zod issue code. A custom issue may name its reason
 * (`params.reason`), looked up as `custom.<reason>` before plain `custom`. `'*'` is the field's
 * fallback. Values are i18n keys: the English text of a schema is never matched.
 */
export type FieldMessages = Record<string, Record<string, MessageKey>>;

/** A key of the i18n catalogue: a message a form lists that is not in it fails typecheck. */
export type MessageKey = ParseKeys;

/** The catalogue key and its parameters for one issue; null when the form lists none. */
export function issueKey(
  issue: z.core.$ZodIssue,
  messages: FieldMessages,
): { key: MessageKey; values: Record<string, unknown> } | null {
  const field = issue.path.filter((p) => typeof p === 'string').join('.');
  const byCode = messages[field];
  if (byCode === undefined) return null;
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const reason = typeof params.reason === 'string' ? params.reason : null;
  const key =
    (reason === null ? undefined : byCode[`${issue.code}.${reason}`]) ??
    byCode[issue.code] ??
    byCode['*'];
  if (key === undefined) return null;
  const values: Record<string, unknown> = { ...(params.values as object | undefined) };
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    values.max = issue.code === 'too_big' ? issue.maximum : undefined;
    values.min = issue.code === 'too_small' ? issue.minimum : undefined;
  }
  return { key, values };
}

/** The key of an issue's field in a form's error map: its path joined by dots (`rows.3`). */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}

/**
 * Field errors in the user's language, first issue per field. An issue the form has no words for
 * falls back to `fallbackKey` (never to the schema's English message).
 */
export function issueErrors(
  issues: readonly z.core.$ZodIssue[],
  messages: FieldMessages,
  t: TFunction,
  fallbackKey: MessageKey,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issuePath(issue);
    if (path in out) continue;
    const found = issueKey(issue, messages);
    out[path] = found === null ? t(fallbackKey) : t(found.key, found.values);
  }
  return out;
}
