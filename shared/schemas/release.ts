import { z } from 'zod';
import { baseRecord, isoDate, isoDateTime, requiredText, text } from './common';

export const releaseSchema = baseRecord.extend({
  name: requiredText('Release name', 'name'),
  version: requiredText('Version', 'label'),
  releaseDate: isoDate('Release date'),
  webinarAt: isoDateTime('Webinar time').nullable().default(null),
  summary: text('Summary', 'long').default(''),
  /** Product modules the monthly update changes; assessments pick affected ones from these. */
  changedModules: z.array(text('Module', 'label')).default([]),
  notes: text('Notes', 'long').default(''),
});

export const IMPACT_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const READINESS_STATUSES = ['not-started', 'in-progress', 'ready', 'at-risk'] as const;

export const releaseAssessmentSchema = baseRecord.extend({
  releaseId: requiredText('Release', 'id'),
  accountId: requiredText('Account', 'id'),
  affectedModules: z.array(text('Module', 'label')).default([]),
  affectedInterfaceIds: z.array(text('Interface', 'id')).default([]),
  affectedExtensionIds: z.array(text('Extension', 'id')).default([]),
  impact: z.enum(IMPACT_LEVELS, { error: 'Impact must be none, low, medium or high' }),
  recommendations: text('Recommendations', 'long').default(''),
  readiness: z.enum(READINESS_STATUSES, {
    error: `Readiness must be one of: ${READINESS_STATUSES.join(', ')}`,
  }),
  webinarAttended: z.boolean({ error: 'webinarAttended must be true or false' }),
  webinarAttendees: z.array(text('Webinar attendee', 'name')).default([]),
});

export type Release = z.infer<typeof releaseSchema>;
export type ReleaseAssessment = z.infer<typeof releaseAssessmentSchema>;
