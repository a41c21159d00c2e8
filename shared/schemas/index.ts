import type { z } from 'zod';
import { accountSchema } from './account';
import { incidentSchema } from './incident';
import { actionItemSchema, meetingSchema } from './meeting';
import { specialEventSchema, timeEntrySchema, workOrderSchema } from './quota-records';
import { readinessAssessmentSchema } from './readiness';
import { releaseAssessmentSchema, releaseSchema } from './release';
import { workspaceSettingsSchema } from './settings';

export * from './common';
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
