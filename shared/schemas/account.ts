import { z } from 'zod';
import { isManagedServiceOptionId } from '../roles/matrix';
import {
  baseRecord,
  idSchema,
  isoDate,
  planSchema,
  requiredText,
  timeZoneSchema,
  workingCalendarSchema,
} from './common';

export const contactSchema = z.object({
  id: idSchema,
  name: requiredText('Contact name'),
  email: z.email({ error: 'Contact email must be a valid address' }).optional(),
  role: z.string().optional(),
  keyUser: z.boolean({ error: 'keyUser must be true or false' }),
});

export const monitoredInterfaceSchema = z.object({
  id: idSchema,
  name: requiredText('Interface name'),
  critical: z.boolean().optional(),
});

export const extensionSchema = z.object({ id: idSchema, name: requiredText('Extension name') });

export const accountSchema = baseRecord
  .extend({
    name: requiredText('Account name'),
    plan: planSchema,
    annualSaasAmount: z
      .number({ error: 'Annual SaaS amount must be a number' })
      .min(0, { error: 'Annual SaaS amount cannot be negative' }),
    subscriptionStart: isoDate('Subscription start'),
    timeZone: timeZoneSchema,
    businessCalendar: workingCalendarSchema,
    csmName: z.string(),
    sdmName: z.string().nullable(),
    contacts: z.array(contactSchema),
    monitoredInterfaces: z.array(monitoredInterfaceSchema),
    extensions: z.array(extensionSchema),
    /** Duty ids (roles matrix) the client contracted out under managed services. */
    managedServices: z.array(
      z.string().refine(isManagedServiceOptionId, {
        error: 'Managed-services option must be a duty id from the roles matrix',
      }),
    ),
  })
  .refine((a) => a.businessCalendar.timeZone === a.timeZone, {
    error: 'The business calendar must use the account’s time zone',
    path: ['businessCalendar', 'timeZone'],
  });

export type Account = z.infer<typeof accountSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type MonitoredInterface = z.infer<typeof monitoredInterfaceSchema>;
export type Extension = z.infer<typeof extensionSchema>;
