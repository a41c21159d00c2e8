import { z } from 'zod';
import {
  baseRecord,
  categorySchema,
  isoDateTime,
  requiredText,
  severitySchema,
  statusSchema,
  text,
} from './common';

export const severityChangeSchema = z.object({
  at: isoDateTime('Severity change time'),
  by: requiredText('Who changed the severity', 'name'),
  from: severitySchema,
  to: severitySchema,
});

export const statusChangeSchema = z.object({
  at: isoDateTime('Status change time'),
  by: requiredText('Who changed the status', 'name'),
  from: statusSchema.nullable(),
  to: statusSchema,
});

export const liveAssessmentSchema = z.object({
  at: isoDateTime('Live assessment time'),
  by: requiredText('Who ran the live assessment', 'name'),
  channel: z.enum(['phone', 'screen-share'], { error: 'Channel must be phone or screen-share' }),
  notes: text('Assessment notes', 'long'),
});

const optionalInstant = (what: string) => isoDateTime(what).nullable().default(null);

export const incidentSchema = baseRecord
  .extend({
    accountId: requiredText('Account', 'id'),
    title: requiredText('Title', 'name'),
    description: text('Description', 'long').default(''),
    severity: severitySchema,
    severityHistory: z.array(severityChangeSchema).default([]),
    status: statusSchema,
    /** Waiting-on-client pauses are derived from this history. */
    statusHistory: z.array(statusChangeSchema).default([]),
    category: categorySchema,
    interfaceId: text('Interface', 'id').nullable().default(null),
    extensionId: text('Extension', 'id').nullable().default(null),
    reportedAt: isoDateTime('Reported at'),
    respondedAt: optionalInstant('Responded at'),
    resolvedAt: optionalInstant('Resolved at'),
    workaroundAt: optionalInstant('Workaround at'),
    liveAssessment: liveAssessmentSchema.nullable().default(null),
    /** Client ranking (fractional-indexing key), null when not ranked. */
    rankKey: text('Rank key', 'key').nullable().default(null),
    owner: text('Owner', 'name').nullable().default(null),
  })
  .superRefine((inc, ctx) => {
    if (inc.category === 'interface' && inc.interfaceId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['interfaceId'],
        message: 'An interface incident must name the interface',
      });
    }
    if (inc.category === 'extension' && inc.extensionId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['extensionId'],
        message: 'An extension incident must name the extension',
      });
    }
    for (const key of ['respondedAt', 'resolvedAt', 'workaroundAt'] as const) {
      const v = inc[key];
      if (v !== null && Date.parse(v) < Date.parse(inc.reportedAt)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} cannot be before the incident was reported`,
        });
      }
    }
  });

export type Incident = z.infer<typeof incidentSchema>;
export type SeverityChange = z.infer<typeof severityChangeSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type LiveAssessment = z.infer<typeof liveAssessmentSchema>;
