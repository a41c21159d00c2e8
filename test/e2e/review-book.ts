import { generateNKeysBetween } from 'fractional-indexing';
import { defaultWorkspaceSettings } from '../../shared/schemas/settings';
import { seedAccount, seedIncident, type SeedRecord } from './seed';

/**
 * A book made for the business review tests: one CareFor Enterprise account in Paris and a
 * first quarter whose figures are known by construction, so the tests state them instead of
 * computing them with the code under test. Every response is either 10 minutes after the
 * report (within any target) or 20 days after (beyond any target, on any calendar); every
 * resolution 20 minutes after (met) or 30 days after (breached).
 */
export const PERIOD = { from: '2026-01-01', to: '2026-03-31' } as const;
export const ACCOUNT = { id: 'acc-review', name: 'Lumière Logistique' } as const;

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const at = (iso: string, plus = 0) => new Date(Date.parse(iso) + plus).toISOString();

interface Planned {
  day: string;
  severity: 1 | 2 | 3 | 4;
  response: 'met' | 'breached';
  resolution: 'met' | 'breached' | 'after-period';
}

/**
 * Per month, response met/decided and resolution met/decided:
 * January 5/6 and 5/6 (83.3 % twice, the labels that used to collide), February 4/4 and 3/4,
 * March 6/6 and 5/5 (100 % twice at the right edge; one incident is still open at the end).
 */
const PLANNED: Planned[] = [
  ...['05', '08', '12', '15', '20'].map((d): Planned => ({
    day: `2026-01-${d}`,
    severity: 3,
    response: 'met',
    resolution: 'met',
  })),
  { day: '2026-01-22', severity: 2, response: 'breached', resolution: 'breached' },
  ...['03', '10', '17'].map((d): Planned => ({
    day: `2026-02-${d}`,
    severity: 4,
    response: 'met',
    resolution: 'met',
  })),
  { day: '2026-02-24', severity: 3, response: 'met', resolution: 'breached' },
  ...['02', '09', '16', '18', '23'].map((d): Planned => ({
    day: `2026-03-${d}`,
    severity: 1,
    response: 'met',
    resolution: 'met',
  })),
  { day: '2026-03-30', severity: 3, response: 'met', resolution: 'after-period' },
];

/** What the review must print for PERIOD, known from PLANNED (see above). */
export const EXPECTED = {
  opened: 16,
  resolved: 15,
  openAtEnd: 1,
  responseCompliance: 15 / 16,
  resolutionCompliance: 13 / 15,
  breaches: 2,
  medianResponse: '10 min',
  medianResolution: '20 min',
  sla: [
    { response: 5 / 6, resolution: 5 / 6 },
    { response: 1, resolution: 3 / 4 },
    { response: 1, resolution: 1 },
  ],
  extensionHours: 11.5,
} as const;

function plannedIncident(p: Planned, index: number): SeedRecord {
  const reportedAt = `${p.day}T10:00:00.000Z`;
  const resolvedAt =
    p.resolution === 'met'
      ? at(reportedAt, 20 * MIN)
      : p.resolution === 'breached'
        ? at(reportedAt, 30 * DAY)
        : '2026-04-02T10:00:00.000Z';
  return seedIncident({
    id: `inc-q1-${String(index).padStart(2, '0')}`,
    accountId: ACCOUNT.id,
    title: `Quarter incident ${String(index + 1)}`,
    severity: p.severity,
    status: 'resolved',
    reportedAt,
    respondedAt: at(reportedAt, p.response === 'met' ? 10 * MIN : 20 * DAY),
    resolvedAt,
    updatedAt: resolvedAt,
  });
}

/**
 * `count` incidents open today, reported after the period in the reverse of the client's order,
 * so the review's list follows the ranking, not arrival. Titles are "Ranked open NNNN" in rank
 * order.
 */
export function openRanked(count: number, now: Date, prefix = 'Ranked open'): SeedRecord[] {
  const keys = generateNKeysBetween(null, null, count);
  return keys.map((rankKey, index) =>
    seedIncident({
      id: `inc-open-${String(index).padStart(5, '0')}`,
      accountId: ACCOUNT.id,
      title: `${prefix} ${String(index + 1).padStart(4, '0')}`,
      severity: 3,
      status: 'in-progress',
      rankKey,
      reportedAt: new Date(now.getTime() - (index + 1) * 60 * MIN).toISOString(),
      respondedAt: new Date(now.getTime() - (index + 1) * 60 * MIN + 5 * MIN).toISOString(),
    }),
  );
}

/**
 * `count` incidents reported across PERIOD, all still open (the "2,000-incident quarter").
 * Severities cycle 1–4; none is ranked, so they follow arrival order after severity.
 */
export function busyQuarter(count: number): SeedRecord[] {
  const start = Date.parse('2026-01-01T08:00:00.000Z');
  const span = Date.parse('2026-03-31T16:00:00.000Z') - start;
  return Array.from({ length: count }, (_, index) =>
    seedIncident({
      id: `inc-busy-${String(index).padStart(5, '0')}`,
      accountId: ACCOUNT.id,
      title: `Busy quarter incident ${String(index + 1).padStart(4, '0')}`,
      severity: (index % 4) + 1,
      status: 'in-progress',
      reportedAt: new Date(start + Math.floor((span * index) / count)).toISOString(),
      respondedAt: null,
    }),
  );
}

export interface BookOptions {
  now: Date;
  /** Incidents open today, in the client's ranking (see openRanked). */
  open?: number;
  /** Replace the planned quarter with this many open incidents (see busyQuarter). */
  busy?: number;
  /** No incident at all. */
  empty?: boolean;
  language?: 'en' | 'fr';
}

/** The book as a Steward backup file (v1), to restore through the app. */
export function reviewBook(o: BookOptions): string {
  const account = seedAccount({
    ...ACCOUNT,
    subscriptionStart: '2024-03-01',
    monitoredInterfaces: [],
    extensions: [{ id: 'ext-1', name: 'Payroll bridge' }],
  });
  const incidents = o.empty
    ? []
    : [
        ...(o.busy === undefined ? PLANNED.map(plannedIncident) : busyQuarter(o.busy)),
        ...openRanked(o.open ?? 0, o.now),
      ];
  const stamp = o.now.toISOString();
  const timeEntries = o.empty
    ? []
    : [
        {
          id: 'te-1',
          accountId: ACCOUNT.id,
          at: '2026-02-11T10:00:00.000Z',
          minutes: EXPECTED.extensionHours * 60,
          kind: 'extension-enhancement',
          by: 'Tom Baker',
          description: 'Payroll bridge: new export field',
          incidentId: null,
          workOrderId: null,
          updatedAt: stamp,
          deletedAt: null,
        },
      ];
  const settings = {
    ...defaultWorkspaceSettings(stamp),
    language: o.language ?? 'en',
    theme: 'light',
  };
  return JSON.stringify({
    format: 'steward-backup',
    version: 1,
    exportedAt: stamp,
    tables: {
      accounts: [account],
      incidents,
      meetings: [],
      actionItems: [],
      releases: [],
      releaseAssessments: [],
      specialEvents: [],
      timeEntries,
      workOrders: [],
      readinessAssessments: [],
      settings: [settings],
    },
  });
}
