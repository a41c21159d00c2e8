/** Test fixtures for the report tests: one account, incidents on it, an empty data set. */
import { calendar24x7 } from '../calendar/presets';
import type { Account } from '../schemas/account';
import type { Incident } from '../schemas/incident';
import type { AccountData } from './review';

export const TEST_STAMP = '2026-01-01T00:00:00.000Z';

/** A CareFor Enterprise account on a 24x7 calendar (so SLA clocks run in plain hours). */
export function testAccount(over: Partial<Account> = {}): Account {
  const timeZone = over.timeZone ?? 'UTC';
  return {
    id: 'acc-1',
    updatedAt: TEST_STAMP,
    deletedAt: null,
    name: 'Acme',
    plan: 'carefor-enterprise',
    annualSaasAmount: 500_000,
    subscriptionStart: '2025-01-01',
    timeZone,
    businessCalendar: calendar24x7(timeZone),
    csmName: 'Claire',
    sdmName: 'Sam',
    contacts: [],
    monitoredInterfaces: [],
    extensions: [],
    managedServices: [],
    ...over,
  };
}

let seq = 0;

/** A severity-3 application incident of `acc-1`, new, reported 10 February 2026 09:00 UTC. */
export function testIncident(over: Partial<Incident> = {}): Incident {
  seq++;
  return {
    id: `inc-${String(seq).padStart(3, '0')}`,
    updatedAt: TEST_STAMP,
    deletedAt: null,
    accountId: 'acc-1',
    title: `Incident ${String(seq)}`,
    description: '',
    severity: 3,
    severityHistory: [],
    status: 'new',
    statusHistory: [],
    category: 'application',
    interfaceId: null,
    extensionId: null,
    reportedAt: '2026-02-10T09:00:00.000Z',
    respondedAt: null,
    resolvedAt: null,
    workaroundAt: null,
    liveAssessment: null,
    rankKey: null,
    owner: null,
    ...over,
  };
}

/** No records at all; pass the tables a test needs. */
export function testAccountData(over: Partial<AccountData> = {}): AccountData {
  return {
    incidents: [],
    meetings: [],
    actionItems: [],
    releases: [],
    releaseAssessments: [],
    specialEvents: [],
    timeEntries: [],
    workOrders: [],
    readinessAssessments: [],
    ...over,
  };
}
