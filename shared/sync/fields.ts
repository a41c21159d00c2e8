/**
 * Field-level checks against the record schemas. Pushes carry partial records,
 * so each known field is checked on its own; the whole record is checked only
 * once every required field is present. Unknown fields (from a newer app) are
 * kept as they are.
 */
import type { z } from 'zod';
import { recordSchemas, validateRecord } from '../schemas/index';
import type { RecordTable } from '../schemas/index';
import type { JsonValue } from './json';

/** Identifier-like names only: no '__proto__', no SQL or path tricks. */
export const FIELD_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export interface FieldIssue {
  field: string;
  message: string;
}

type Shape = Record<string, z.ZodType | undefined>;

function shapeOf(table: RecordTable): Shape {
  return recordSchemas[table].shape;
}

const requiredCache = new Map<RecordTable, string[]>();

/** Fields a complete record must have (those without a default or optional marker). */
export function requiredFields(table: RecordTable): string[] {
  let cached = requiredCache.get(table);
  if (cached === undefined) {
    const shape = shapeOf(table);
    cached = Object.keys(shape).filter((k) => shape[k]?.safeParse(undefined).success === false);
    requiredCache.set(table, cached);
  }
  return cached;
}

const clearableCache = new Map<RecordTable, Set<string>>();

/**
 * Optional fields that do not take null. JSON has no `undefined`, so clearing one travels as
 * null; such a null means "absent" (see withoutCleared). Fields that do take null keep it.
 */
export function clearableFields(table: RecordTable): Set<string> {
  let cached = clearableCache.get(table);
  if (cached === undefined) {
    const shape = shapeOf(table);
    cached = new Set(
      Object.entries(shape)
        .filter(([, f]) => f?.safeParse(undefined).success === true && !f.safeParse(null).success)
        .map(([k]) => k),
    );
    clearableCache.set(table, cached);
  }
  return cached;
}

/** The record as its schema reads it: a null in a clearable field means the field is absent. */
export function withoutCleared<T extends Record<string, unknown>>(
  table: RecordTable,
  values: T,
): T {
  const clearable = clearableFields(table);
  const entries = Object.entries(values);
  if (!entries.some(([k, v]) => v === null && clearable.has(k))) return values;
  return Object.fromEntries(entries.filter(([k, v]) => v !== null || !clearable.has(k))) as T;
}

export function isKnownField(table: RecordTable, field: string): boolean {
  return Object.hasOwn(shapeOf(table), field);
}

/** Null when `value` is acceptable for `field`; otherwise a readable message. */
export function checkFieldValue(
  table: RecordTable,
  field: string,
  value: JsonValue,
): string | null {
  if (!FIELD_NAME_PATTERN.test(field)) return `"${field}" is not a valid field name`;
  const schema = shapeOf(table)[field];
  if (schema === undefined) return null;
  if (value === null && clearableFields(table).has(field)) return null; // cleared
  const result = schema.safeParse(value);
  if (result.success) return null;
  return result.error.issues.map((i) => i.message).join('; ');
}

/** Checks the fields of one mutation; `id`, when sent, must be the record's id. */
export function checkMutationValues(
  table: RecordTable,
  recordId: string,
  values: Record<string, JsonValue>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (field === 'id' && value !== recordId) {
      issues.push({ field, message: 'id must equal the mutation’s recordId' });
      continue;
    }
    const message = checkFieldValue(table, field, value);
    if (message !== null) issues.push({ field, message });
  }
  return issues;
}

export type RecordCheck =
  | { status: 'incomplete'; missing: string[] }
  | { status: 'valid' }
  | { status: 'invalid'; issues: FieldIssue[] };

/** Whole-record check of a merged record (unknown fields ignored, `id` filled in). */
export function checkRecord(
  table: RecordTable,
  recordId: string,
  values: Record<string, JsonValue>,
): RecordCheck {
  const known: Record<string, JsonValue> = { id: recordId };
  for (const [k, v] of Object.entries(withoutCleared(table, values))) {
    if (isKnownField(table, k)) known[k] = v;
  }
  const missing = requiredFields(table).filter((k) => !Object.hasOwn(known, k));
  if (missing.length > 0) return { status: 'incomplete', missing };
  const result = validateRecord(table, known);
  if (result.ok) return { status: 'valid' };
  return {
    status: 'invalid',
    issues: result.errors.map((e) => ({ field: e.path, message: e.message })),
  };
}
