import {
  accountSchema,
  incidentSchema,
  specialEventSchema,
  type Account,
  type Incident,
  type SpecialEvent,
} from '@shared/schemas/index';

/**
 * Hand-written records for the incident page's component tests: a CareFor Enterprise account in
 * Paris on Mon–Fri 09:00–18:00 with one named holiday, so the expected due times can be worked
 * out by hand. Every record goes through its schema, as stored ones do.
 */

const STAMP = '2026-03-01T00:00:00.000Z';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export function testAccount(over: Partial<Account> = {}): Account {
  return accountSchema.parse({
    id: 'acc-test',
    name: 'Nordhavn Logistics',
    plan: 'carefor-enterprise',
    annualSaasAmount: 2_500_000,
    subscriptionStart: '2024-03-01',
    timeZone: 'Europe/Paris',
    businessCalendar: {
      timeZone: 'Europe/Paris',
      hours: Object.fromEntries(DAYS.map((d) => [d, [{ start: '09:00', end: '18:00' }]])),
      holidays: ['2026-03-11'],
      holidayNames: { '2026-03-11': 'Fête du test' },
    },
    csmName: 'Claire Martin',
    sdmName: null,
    contacts: [],
    monitoredInterfaces: [{ id: 'if-payroll', name: 'Payroll export', critical: true }],
    extensions: [],
    managedServices: [],
    updatedAt: STAMP,
    deletedAt: null,
    ...over,
  });
}

export function testIncident(over: Partial<Incident> = {}): Incident {
  return incidentSchema.parse({
    id: 'inc-test',
    accountId: 'acc-test',
    title: 'Single sign-on fails',
    severity: 3,
    status: 'new',
    statusHistory: [],
    category: 'application',
    reportedAt: '2026-03-09T08:00:00.000Z',
    updatedAt: STAMP,
    deletedAt: null,
    ...over,
  });
}

export function testEvent(over: Partial<SpecialEvent> = {}): SpecialEvent {
  return specialEventSchema.parse({
    id: 'ev-test',
    accountId: 'acc-test',
    title: 'Payroll go-live',
    kind: 'go-live',
    start: '2026-03-10T19:00:00.000Z',
    end: '2026-03-11T07:00:00.000Z',
    updatedAt: STAMP,
    deletedAt: null,
    ...over,
  });
}
