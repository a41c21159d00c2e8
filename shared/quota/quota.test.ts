import { describe, expect, it } from 'vitest';
import { annualPeriodAt, monthPeriodAt } from './periods';
import type { QuotaAccount } from './usage';
import {
  extensionHoursUsage,
  extensionIncidentUsage,
  interfaceUsage,
  quotaUsage,
  specialEventUsage,
} from './usage';

const d = (iso: string) => new Date(iso);

describe('annual periods from the subscription anniversary (account time zone)', () => {
  it('switches at local midnight of the anniversary, not UTC midnight', () => {
    // 2026-03-14T23:30Z is already 15 March in Paris.
    const p = annualPeriodAt('2024-03-15', d('2026-03-14T23:30:00Z'), 'Europe/Paris');
    expect(p).toMatchObject({ startDate: '2026-03-15', endDate: '2027-03-15', index: 2 });
    expect(p.start).toEqual(d('2026-03-14T23:00:00Z'));
    const before = annualPeriodAt('2024-03-15', d('2026-03-14T22:30:00Z'), 'Europe/Paris');
    expect(before).toMatchObject({ startDate: '2025-03-15', index: 1 });
    expect(before.end).toEqual(d('2026-03-14T23:00:00Z'));
  });

  it('29 February: the anniversary is 28 February in non-leap years', () => {
    const p = annualPeriodAt('2024-02-29', d('2026-02-28T12:00:00Z'), 'Europe/Paris');
    expect(p).toMatchObject({ startDate: '2026-02-28', endDate: '2027-02-28', index: 2 });
    const leap = annualPeriodAt('2024-02-29', d('2028-02-28T12:00:00Z'), 'Europe/Paris');
    expect(leap).toMatchObject({ startDate: '2027-02-28', endDate: '2028-02-29', index: 3 });
    expect(annualPeriodAt('2024-02-29', d('2028-02-29T12:00:00Z'), 'UTC').startDate).toBe(
      '2028-02-29',
    );
  });

  it('rejects instants before the subscription start', () => {
    expect(() => annualPeriodAt('2026-01-01', d('2025-12-31T12:00:00Z'), 'UTC')).toThrow(
      RangeError,
    );
  });
});

describe('monthly periods in the account time zone', () => {
  it('Paris: 31 January 23:30Z is already February', () => {
    const p = monthPeriodAt(d('2026-01-31T23:30:00Z'), 'Europe/Paris');
    expect(p).toMatchObject({ label: '2026-02', startDate: '2026-02-01', endDate: '2026-03-01' });
    expect(p.start).toEqual(d('2026-01-31T23:00:00Z'));
    expect(p.end).toEqual(d('2026-02-28T23:00:00Z'));
  });

  it('Sydney: April starts in daylight time and ends in standard time', () => {
    const p = monthPeriodAt(d('2026-03-31T13:30:00Z'), 'Australia/Sydney');
    expect(p.label).toBe('2026-04');
    expect(p.start).toEqual(d('2026-03-31T13:00:00Z'));
    expect(p.end).toEqual(d('2026-04-30T14:00:00Z'));
  });
});

describe('usage', () => {
  it('quotaUsage flags overage as needing a work order', () => {
    expect(quotaUsage(5, 4)).toEqual({
      used: 5,
      included: 4,
      remaining: 0,
      overage: 1,
      needsWorkOrder: true,
    });
    expect(quotaUsage(1, 2)).toMatchObject({ remaining: 1, needsWorkOrder: false });
    expect(() => quotaUsage(-1, 2)).toThrow(RangeError);
    expect(() => quotaUsage(1, Number.NaN)).toThrow(RangeError);
  });

  const acc: QuotaAccount = {
    id: 'a1',
    plan: 'carefor-enterprise',
    subscriptionStart: '2025-06-01',
    timeZone: 'Europe/Paris',
    monitoredInterfaces: Array.from({ length: 9 }, (_, i) => i),
  };
  const row = { accountId: 'a1', deletedAt: null };

  it('extension incidents per month: 5 of 4 needs a work order', () => {
    const incidents = [
      ...Array.from({ length: 5 }, (_, i) => ({
        ...row,
        category: 'extension' as const,
        reportedAt: `2026-03-0${i + 2}T10:00:00Z`,
      })),
      { ...row, category: 'extension' as const, reportedAt: '2026-02-28T23:30:00Z' }, // 1 March local
      { ...row, category: 'application' as const, reportedAt: '2026-03-05T10:00:00Z' },
      {
        ...row,
        category: 'extension' as const,
        reportedAt: '2026-03-05T10:00:00Z',
        deletedAt: 'x',
      },
      {
        ...row,
        accountId: 'other',
        category: 'extension' as const,
        reportedAt: '2026-03-05T10:00:00Z',
      },
    ];
    const u = extensionIncidentUsage(incidents, acc, d('2026-03-15T12:00:00Z'));
    expect(u).toMatchObject({ used: 6, included: 4, overage: 2, needsWorkOrder: true });
    expect(u.period.label).toBe('2026-03');
  });

  it('extension hours per month, interfaces and special events', () => {
    const entries = [
      { ...row, kind: 'extension-enhancement', at: '2026-03-03T10:00:00Z', minutes: 600 },
      { ...row, kind: 'extension-enhancement', at: '2026-03-04T10:00:00Z', minutes: 420 },
      { ...row, kind: 'other', at: '2026-03-04T10:00:00Z', minutes: 420 },
    ];
    expect(extensionHoursUsage(entries, acc, d('2026-03-20T00:00:00Z'))).toMatchObject({
      used: 17,
      included: 16,
      overage: 1,
      needsWorkOrder: true,
    });
    expect(interfaceUsage(acc)).toMatchObject({ used: 9, included: 8, needsWorkOrder: true });
    const events = [
      { ...row, start: '2026-03-07T08:00:00Z' },
      { ...row, start: '2025-05-31T08:00:00Z' }, // previous annual period
    ];
    const ev = specialEventUsage(events, acc, d('2026-03-20T00:00:00Z'));
    expect(ev).toMatchObject({ used: 1, included: 2, remaining: 1, needsWorkOrder: false });
    expect(ev.period.startDate).toBe('2025-06-01');
  });
});
