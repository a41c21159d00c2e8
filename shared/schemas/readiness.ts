import { z } from 'zod';
import { baseRecord, isoDate, requiredText, text } from './common';

export const PLAN_ITEM_STATUSES = ['open', 'done', 'dropped'] as const;

export const postGoLivePlanItemSchema = z.object({
  id: requiredText('Plan item id', 'id'),
  text: requiredText('Plan item', 'line'),
  owner: requiredText('Plan item owner', 'name'),
  dueDate: isoDate('Plan item due date').nullable().default(null),
  status: z.enum(PLAN_ITEM_STATUSES, {
    error: `Plan item status must be one of: ${PLAN_ITEM_STATUSES.join(', ')}`,
  }),
});

/** Sustainability readiness assessment (CareFor): gaps found, options explained, post-go-live plan. */
export const readinessAssessmentSchema = baseRecord.extend({
  accountId: requiredText('Account', 'id'),
  assessedOn: isoDate('Assessment date'),
  featureGaps: z.array(text('Feature gap', 'line')).default([]),
  skillGaps: z.array(text('Skill gap', 'line')).default([]),
  options: text('Options', 'long').default(''),
  planItems: z.array(postGoLivePlanItemSchema).default([]),
});

export type ReadinessAssessment = z.infer<typeof readinessAssessmentSchema>;
export type PostGoLivePlanItem = z.infer<typeof postGoLivePlanItemSchema>;
