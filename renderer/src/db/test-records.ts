import type { IncidentInput } from './incidents';

/** Test fixture: a valid CareFor Enterprise account, for the data-layer tests. */
export const testAccount = (over: Record<string, unknown> = {}) => ({
  id: 'acc-1',
  name: 'Nordhavn Logistics',
  plan: 'carefor-enterprise' as const,
  annualSaasAmount: 2_500_000,
  subscriptionStart: '2024-03-01',
  timeZone: 'Europe/Paris',
  businessCalendar: {
    timeZone: 'Europe/Paris',
    hours: { mon: [{ start: '09:00', end: '18:00' }] },
  },
  csmName: 'Claire Martin',
  sdmName: 'Tom Baker',
  contacts: [],
  monitoredInterfaces: [],
  extensions: [],
  managedServices: [],
  ...over,
});

/** Test fixture: what a user files for a new severity-1 incident on `acc-1`. */
export const testIncidentInput = (over: Partial<IncidentInput> = {}): IncidentInput => ({
  accountId: 'acc-1',
  title: 'Payroll export fails',
  description: '',
  severity: 1,
  status: 'new',
  category: 'application',
  interfaceId: null,
  extensionId: null,
  reportedAt: '2026-03-10T09:00:00.000Z',
  owner: 'Claire Martin',
  ...over,
});
