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
