import { z } from 'zod';
import { isManagedServiceOptionId } from '../roles/matrix';
import {
  baseRecord,
  idSchema,
  isoDate,
  planSchema,
  requiredText,
  text,
  timeZoneSchema,
  workingCalendarSchema,
} from './common';
import { limitText } from './limits';

export const contactSchema = z.object({
  id: idSchema,
  name: requiredText('Contact name', 'name'),
  email: limitText(
    z.email({ error: 'Contact email must be a valid address' }),
    'email',
    'Contact email',
  ).optional(),
  role: text('Contact role', 'label').optional(),
  keyUser: z.boolean({ error: 'keyUser must be true or false' }),
});

export const monitoredInterfaceSchema = z.object({
  id: idSchema,
  name: requiredText('Interface name', 'name'),
  critical: z.boolean().optional(),
});

export const extensionSchema = z.object({
  id: idSchema,
  name: requiredText('Extension name', 'name'),
});

export const accountSchema = baseRecord
  .extend({
    name: requiredText('Account name', 'name'),
    plan: planSchema,
    annualSaasAmount: z
      .number({ error: 'Annual SaaS amount must be a number' })
      .min(0, { error: 'Annual SaaS amount cannot be negative' }),
    subscriptionStart: isoDate('Subscription start'),
    timeZone: timeZoneSchema,
    businessCalendar: workingCalendarSchema,
    csmName: text('CSM name', 'name'),
    sdmName: text('SDM name', 'name').nullable(),
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
