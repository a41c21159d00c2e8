import { z } from 'zod';
import { baseRecord, isoDate, isoDateTime, requiredText, text } from './common';

export const SPECIAL_EVENT_KINDS = [
  'go-live',
  'disaster-recovery-test',
  'special-project',
  'other',
] as const;

export const specialEventSchema = baseRecord
  .extend({
    accountId: requiredText('Account', 'id'),
    title: requiredText('Title', 'name'),
    kind: z.enum(SPECIAL_EVENT_KINDS, {
      error: `Event kind must be one of: ${SPECIAL_EVENT_KINDS.join(', ')}`,
    }),
    start: isoDateTime('Event start'),
    end: isoDateTime('Event end'),
    workOrderId: text('Work order', 'id').nullable().default(null),
    notes: text('Notes', 'long').default(''),
  })
  .refine((e) => Date.parse(e.end) > Date.parse(e.start), {
    error: 'A special event must end after it starts',
    path: ['end'],
  });

export const TIME_ENTRY_KINDS = [
  'extension-enhancement',
  'extension-support',
  'special-event',
  'other',
] as const;

export const timeEntrySchema = baseRecord.extend({
  accountId: requiredText('Account', 'id'),
  at: isoDateTime('Date of the work'),
  minutes: z
    .number({ error: 'Minutes must be a number' })
    .int({ error: 'Minutes must be a whole number' })
    .positive({ error: 'Minutes must be more than 0' }),
  kind: z.enum(TIME_ENTRY_KINDS, {
    error: `Time entry kind must be one of: ${TIME_ENTRY_KINDS.join(', ')}`,
  }),
  by: requiredText('Who did the work', 'name'),
  description: text('Description', 'long').default(''),
  incidentId: text('Incident', 'id').nullable().default(null),
  workOrderId: text('Work order', 'id').nullable().default(null),
});

export const WORK_ORDER_REASONS = [
  'special-event',
  'monitored-interface',
  'extension-incident',
  'extension-hours',
  'other',
] as const;
export const WORK_ORDER_STATUSES = ['draft', 'requested', 'signed', 'cancelled'] as const;

export const workOrderSchema = baseRecord.extend({
  accountId: requiredText('Account', 'id'),
  title: requiredText('Title', 'name'),
  reason: z.enum(WORK_ORDER_REASONS, {
    error: `Work order reason must be one of: ${WORK_ORDER_REASONS.join(', ')}`,
  }),
  quantity: z.number().min(0, { error: 'Quantity cannot be negative' }),
  status: z.enum(WORK_ORDER_STATUSES, {
    error: `Work order status must be one of: ${WORK_ORDER_STATUSES.join(', ')}`,
  }),
  reference: text('Reference', 'label').nullable().default(null),
  notes: text('Notes', 'long').default(''),
  /**
   * A local date inside the quota period the order covers (its first day when the app records
   * it): the calendar month for extension incidents and hours, the paid subscription year for
   * special events and monitored interfaces. The quota is the one its reason names, and
   * `quantity` is how much of that period's overage it covers. Null: tied to no period (orders
   * stored before periods existed, or reason 'other'), so it covers no overage.
   */
  periodStart: isoDate('Period start').nullable().default(null),
});

export type SpecialEvent = z.infer<typeof specialEventSchema>;
export type TimeEntry = z.infer<typeof timeEntrySchema>;
export type WorkOrder = z.infer<typeof workOrderSchema>;
