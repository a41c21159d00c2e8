/**
 * What the quota dialogs' fields hold, read into what they save: the record schemas' own field
 * schemas (shared/schemas/quota-records.ts) plus the parsing of typed text (a date-time on the
 * account's clock, hours with a comma). Issues carry a code and a `reason`, worded by each
 * dialog's messages in the user's language (ui/form).
 */
import {
  specialEventSchema,
  timeEntrySchema,
  workOrderSchema,
  type SpecialEvent,
  type TimeEntry,
  type WorkOrder,
} from '@shared/schemas/index';
import { z } from 'zod';
import { checkRows, filledRows } from './interface-rows';
import { fromZonedInput } from '@shared/calendar/zoned-time';
import type { FieldMessages } from '../ui/form/useRecordForm';

const ISO = /^\d{4}-\d{2}-\d{2}T/;
const isIso = (v: unknown): v is string => typeof v === 'string' && ISO.test(v);

/** Text from a datetime-local (or date + fixed time) input, on `zone`'s clock → a UTC instant. */
const zonedInstant = (zone: string, withTime: (text: string) => string = (s) => s) =>
  z
    .string()
    .trim()
    .min(1)
    .transform((text, ctx) => {
      const at = fromZonedInput(withTime(text), zone);
      if (at.ok) return at.iso;
      ctx.addIssue({
        code: 'custom',
        message: 'not a date on this clock',
        params: { reason: 'format' },
      });
      return z.NEVER;
    });

/** '1.5' or '1,5' → 90 minutes; null unless a positive number. */
export function parseHours(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0) return null;
  const minutes = Math.round(n * 60);
  return minutes > 0 ? minutes : null;
}

const required = { too_small: 'quotas.required', '*': 'quotas.required' } as const;

export interface SpecialEventFields {
  title: string;
  kind: SpecialEvent['kind'];
  start: string;
  end: string;
  notes: string;
}

/** `startsInSubscription`: false when the start precedes the account's first subscription year. */
export function specialEventForm(
  zone: string,
  subscriptionStart: string,
  startsInSubscription: (start: string) => boolean,
) {
  const shape = specialEventSchema.shape;
  const start = zonedInstant(zone).superRefine((iso, ctx) => {
    if (!startsInSubscription(iso))
      ctx.addIssue({
        code: 'custom',
        message: 'before the subscription',
        params: { reason: 'beforeSubscription', values: { date: subscriptionStart } },
      });
  });
  return z
    .object({
      title: shape.title,
      kind: shape.kind,
      start,
      end: zonedInstant(zone),
      notes: shape.notes,
    })
    .superRefine(
      (v, ctx) => {
        // Checked even when another field is wrong, as long as both instants were read.
        if (isIso(v.start) && isIso(v.end) && Date.parse(v.end) <= Date.parse(v.start))
          ctx.addIssue({
            code: 'custom',
            path: ['end'],
            message: 'ends before it starts',
            params: { reason: 'endBeforeStart' },
          });
      },
      { when: () => true },
    );
}

export const specialEventMessages: FieldMessages = {
  title: required,
  start: {
    ...required,
    custom: 'quotas.invalidDateTime',
    'custom.beforeSubscription': 'quotas.events.beforeSubscription',
  },
  end: {
    ...required,
    custom: 'quotas.invalidDateTime',
    'custom.endBeforeStart': 'quotas.events.endBeforeStart',
  },
};

export interface TimeEntryFields {
  date: string;
  hours: string;
  kind: TimeEntry['kind'];
  by: string;
  description: string;
}

export function timeEntryForm(zone: string) {
  const shape = timeEntrySchema.shape;
  return z.object({
    // A date without a time: noon on the account's clock, safely inside that local day.
    date: zonedInstant(zone, (d) => `${d}T12:00`),
    hours: z.string().transform((text, ctx) => {
      const minutes = parseHours(text);
      if (minutes !== null) return minutes;
      ctx.addIssue({ code: 'custom', message: 'not a positive number of hours' });
      return z.NEVER;
    }),
    kind: shape.kind,
    by: shape.by,
    description: shape.description.transform((d) => d.trim()),
  });
}

export const timeEntryMessages: FieldMessages = {
  date: { ...required, custom: 'quotas.invalidDate' },
  hours: { '*': 'quotas.time.hoursInvalid' },
  by: required,
};

export interface WorkOrderFields {
  title: string;
  reference: string;
  reason: WorkOrder['reason'];
  quantity: string;
  status: WorkOrder['status'];
  notes: string;
}

export function workOrderForm() {
  const shape = workOrderSchema.shape;
  return z.object({
    title: shape.title,
    reference: z.string().transform((r) => (r.trim() === '' ? null : r.trim())),
    reason: shape.reason,
    quantity: z
      .string()
      .trim()
      .min(1)
      .transform((q) => Number(q.replace(',', '.')))
      .pipe(shape.quantity.refine(Number.isFinite)),
    status: shape.status,
    notes: shape.notes,
  });
}

export const workOrderMessages: FieldMessages = {
  title: required,
  quantity: { '*': 'quotas.orders.quantityInvalid' },
};

const interfaceRow = z.object({ key: z.number(), name: z.string(), critical: z.boolean() });

/**
 * The rows of the interfaces dialog → the interfaces to add. A row's problem (see checkRows) is
 * an issue at `rows.<row key>` whose reason is the problem.
 */
export function interfacesForm(existing: readonly string[]) {
  return z
    .object({ rows: z.array(interfaceRow) })
    .superRefine(({ rows }, ctx) => {
      for (const [key, problem] of checkRows(rows, existing))
        ctx.addIssue({
          code: 'custom',
          path: ['rows', key],
          message: problem,
          params: { reason: problem },
        });
    })
    .transform(({ rows }) => filledRows(rows));
}

export const interfaceMessages: FieldMessages = {
  rows: {
    'custom.required': 'quotas.required',
    'custom.duplicate': 'quotas.interfaces.duplicate',
    'custom.repeated': 'quotas.interfaces.repeated',
  },
};
