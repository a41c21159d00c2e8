import type { z } from 'zod';
import { accountSchema } from './account';
import { incidentSchema } from './incident';
import { actionItemSchema, meetingSchema } from './meeting';
import { specialEventSchema, timeEntrySchema, workOrderSchema } from './quota-records';
import { readinessAssessmentSchema } from './readiness';
import { releaseAssessmentSchema, releaseSchema } from './release';
import { workspaceSettingsSchema } from './settings';
import { textLimitIssues } from './limits';

export * from './common';
export * from './limits';
export * from './account';
export * from './incident';
export * from './meeting';
export * from './release';
export * from './readiness';
export * from './quota-records';
export * from './settings';

/** Every stored record type, keyed by its table name. */
export const recordSchemas = {
  accounts: accountSchema,
  incidents: incidentSchema,
  meetings: meetingSchema,
  actionItems: actionItemSchema,
  releases: releaseSchema,
  releaseAssessments: releaseAssessmentSchema,
  specialEvents: specialEventSchema,
  timeEntries: timeEntrySchema,
  workOrders: workOrderSchema,
  readinessAssessments: readinessAssessmentSchema,
  settings: workspaceSettingsSchema,
} as const;

export type RecordTable = keyof typeof recordSchemas;
export type RecordOf<T extends RecordTable> = z.infer<(typeof recordSchemas)[T]>;
export const RECORD_TABLES = Object.keys(recordSchemas) as RecordTable[];

export type RecordValidation<T extends RecordTable> =
  | { ok: true; value: RecordOf<T> }
  | { ok: false; errors: Array<{ path: string; message: string }> };

/** Parses one record; errors come back as readable `path: message` pairs. */
export function validateRecord<T extends RecordTable>(
  table: T,
  data: unknown,
): RecordValidation<T> {
  const result = recordSchemas[table].safeParse(data);
  if (result.success) return { ok: true, value: result.data as RecordOf<T> };
  return {
    ok: false,
    errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  };
}

/**
 * Text over its limit among `values` (field → value), for a write: a text the field already holds
 * in `stored` stays as it is (values stored before the limits were set are not refused until
 * someone edits them). Used by local saves and imports (validateWrite) and the server's push.
 */
export function fieldLimitIssues(
  table: RecordTable,
  values: Record<string, unknown>,
  stored?: Record<string, unknown>,
): Array<{ path: string; message: string }> {
  return textLimitIssues(recordSchemas[table].shape, values, stored);
}

/**
 * validateRecord for a write (form saves, imports, restores): also refuses text over its limit,
 * except a text the same field of `stored` (the record as stored before the write) already holds.
 * Reads (pulls, upgrades, merged records) use validateRecord, which takes stored text as it is.
 */
export function validateWrite<T extends RecordTable>(
  table: T,
  data: unknown,
  stored?: object,
): RecordValidation<T> {
  const result = validateRecord(table, data);
  if (!result.ok) return result;
  const issues = fieldLimitIssues(
    table,
    result.value,
    stored as Record<string, unknown> | undefined,
  );
  return issues.length === 0 ? result : { ok: false, errors: issues };
}
