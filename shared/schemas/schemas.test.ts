import { describe, expect, it } from 'vitest';
import { RECORD_TABLES, recordSchemas, validateRecord } from './index';
import { defaultWorkspaceSettings } from './settings';

const base = { id: 'x1', updatedAt: '2026-03-01T09:00:00.000Z', deletedAt: null };
export const sampleAccount = {
  ...base,
  name: 'Acme',
  plan: 'carefor-enterprise',
  annualSaasAmount: 2_500_000,
  subscriptionStart: '2024-02-29',
  timeZone: 'Europe/Paris',
  businessCalendar: {
    timeZone: 'Europe/Paris',
    hours: { mon: [{ start: '09:00', end: '18:00' }] },
    holidays: ['2026-05-01'],
  },
  csmName: 'Claire',
  sdmName: 'Sam',
  contacts: [{ id: 'c1', name: 'Ana', email: 'ana@acme.example', keyUser: true }],
  monitoredInterfaces: [{ id: 'i1', name: 'Payroll export', critical: true }],
  extensions: [{ id: 'e1', name: 'Custom approval flow' }],
  managedServices: ['printers.setup'],
};
const incident = {
  ...base,
  accountId: 'a1',
  title: 'Payroll export fails',
  severity: 2,
  status: 'new',
  category: 'interface',
  interfaceId: 'i1',
  reportedAt: '2026-03-02T08:00:00Z',
};

const messages = (table: 'accounts' | 'incidents', data: unknown) => {
  const r = validateRecord(table, data);
  return r.ok ? [] : r.errors.map((e) => e.message);
};

describe('record schemas', () => {
  it('has one schema per table', () => {
    expect(RECORD_TABLES).toEqual([
      'accounts',
      'incidents',
      'meetings',
      'actionItems',
      'releases',
      'releaseAssessments',
      'specialEvents',
      'timeEntries',
      'workOrders',
      'readinessAssessments',
      'settings',
    ]);
  });

  it('accepts a valid account and incident, filling defaults', () => {
    expect(validateRecord('accounts', sampleAccount).ok).toBe(true);
    const r = validateRecord('incidents', incident);
    expect(r.ok && r.value.respondedAt === null && r.value.statusHistory.length === 0).toBe(true);
  });

  it('every record needs id, updatedAt and deletedAt', () => {
    for (const table of RECORD_TABLES) {
      const r = recordSchemas[table].safeParse({});
      expect(r.success).toBe(false);
    }
    expect(messages('incidents', { ...incident, updatedAt: 'yesterday' })).toContain(
      'updatedAt must be a UTC date-time such as 2026-03-01T09:00:00Z',
    );
  });

  it('rejects bad data with readable messages', () => {
    expect(messages('incidents', { ...incident, severity: 5 })).toEqual([
      'Severity must be 1, 2, 3 or 4',
    ]);
    expect(messages('incidents', { ...incident, interfaceId: null })).toEqual([
      'An interface incident must name the interface',
    ]);
    expect(messages('incidents', { ...incident, respondedAt: '2026-03-01T00:00:00Z' })).toEqual([
      'respondedAt cannot be before the incident was reported',
    ]);
    expect(messages('accounts', { ...sampleAccount, timeZone: 'Paris' })).toContain(
      'Time zone must be an IANA name such as Europe/Paris',
    );
    expect(messages('accounts', { ...sampleAccount, plan: 'gold' })[0]).toMatch(/^Plan must be/);
    expect(messages('accounts', { ...sampleAccount, managedServices: ['nope'] })).toEqual([
      'Managed-services option must be a duty id from the roles matrix',
    ]);
  });

  it('validates the business calendar', () => {
    const cal = (c: object) => ({
      ...sampleAccount,
      businessCalendar: { ...sampleAccount.businessCalendar, ...c },
    });
    expect(
      messages('accounts', cal({ hours: { mon: [{ start: '18:00', end: '09:00' }] } })),
    ).toEqual(['A working span must end after it starts']);
    expect(messages('accounts', cal({ hours: { mon: [{ start: '9h', end: '18:00' }] } }))[0]).toBe(
      'Start time must be a time such as 09:00 (00:00 to 24:00)',
    );
    expect(messages('accounts', cal({ hours: {} }))[0]).toMatch(/no working time at all/);
    expect(messages('accounts', cal({ timeZone: 'UTC' }))).toEqual([
      'The business calendar must use the account’s time zone',
    ]);
  });

  it('default settings are valid', () => {
    expect(validateRecord('settings', defaultWorkspaceSettings(base.updatedAt)).ok).toBe(true);
    const bad = { ...defaultWorkspaceSettings(base.updatedAt), atRiskFraction: 2 };
    expect(validateRecord('settings', bad).ok).toBe(false);
  });
});
