import { z } from 'zod';
import { baseRecord, isoDate, isoDateTime, requiredText } from './common';

export const releaseSchema = baseRecord.extend({
  name: requiredText('Release name'),
  version: requiredText('Version'),
  releaseDate: isoDate('Release date'),
  webinarAt: isoDateTime('Webinar time').nullable().default(null),
  summary: z.string().default(''),
  /** Product modules the monthly update changes; assessments pick affected ones from these. */
  changedModules: z.array(z.string()).default([]),
  notes: z.string().default(''),
});

export const IMPACT_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const READINESS_STATUSES = ['not-started', 'in-progress', 'ready', 'at-risk'] as const;

export const releaseAssessmentSchema = baseRecord.extend({
  releaseId: requiredText('Release'),
  accountId: requiredText('Account'),
  affectedModules: z.array(z.string()).default([]),
  affectedInterfaceIds: z.array(z.string()).default([]),
  affectedExtensionIds: z.array(z.string()).default([]),
  impact: z.enum(IMPACT_LEVELS, { error: 'Impact must be none, low, medium or high' }),
  recommendations: z.string().default(''),
  readiness: z.enum(READINESS_STATUSES, {
    error: `Readiness must be one of: ${READINESS_STATUSES.join(', ')}`,
  }),
  webinarAttended: z.boolean({ error: 'webinarAttended must be true or false' }),
  webinarAttendees: z.array(z.string()).default([]),
});

export type Release = z.infer<typeof releaseSchema>;
export type ReleaseAssessment = z.infer<typeof releaseAssessmentSchema>;
