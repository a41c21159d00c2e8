/** A review tells what was true in its period; what it can only tell as of today, it dates. */
import { describe, expect, it } from 'vitest';
import type { Account } from '../schemas/account';
import type { ActionItem, Meeting } from '../schemas/meeting';
import { workOrderSchema, type WorkOrder } from '../schemas/quota-records';
import { defaultWorkspaceSettings } from '../schemas/settings';
import {
  accountPeriod,
  businessReview,
  incidentKpis,
  incidentsBySeverityPerMonth,
  quotaFactor,
  type AccountData,
} from './index';
import {
  TEST_STAMP as STAMP,
  testAccount,
  testAccountData,
  testIncident as incident,
} from './test-records';

const settings = defaultWorkspaceSettings(STAMP);
/** Premium: no quota allowance applies. */
const account = testAccount({ plan: 'premium', sdmName: null });
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const NOW = new Date('2026-04-15T10:00:00Z');

const closedAt = (reportedAt: string, resolvedAt: string) =>
  incident({
    status: 'closed',
    reportedAt,
    respondedAt: reportedAt,
    resolvedAt,
    statusHistory: [
      { at: reportedAt, by: 'Ann', from: null, to: 'new' },
      { at: resolvedAt, by: 'Ann', from: 'new', to: 'closed' },
    ],
  });

let seq = 0;

function action(patch: Partial<ActionItem>): ActionItem {
  seq++;
  return {
    id: `act-${String(seq)}`,
    updatedAt: STAMP,
    deletedAt: null,
    accountId: account.id,
    meetingId: null,
    title: `Action ${String(seq)}`,
    owner: 'Claire',
    ownerSide: 'vendor',
    dueDate: '2026-03-10',
    status: 'open',
    doneAt: null,
    ...patch,
  };
}

function meeting(startsAt: string): Meeting {
  seq++;
  return {
    id: `mtg-${String(seq)}`,
    updatedAt: STAMP,
    deletedAt: null,
    accountId: account.id,
    kind: 'steering-committee',
    title: 'Steering',
    topic: null,
    startsAt,
    endsAt: null,
    attendees: [],
    agenda: [],
    notes: '',
    decisions: [],
  };
}

function workOrder(title: string, status: WorkOrder['status']): WorkOrder {
  return workOrderSchema.parse({
    id: `wo-${title}`,
    updatedAt: STAMP,
    deletedAt: null,
    accountId: account.id,
    title,
    reason: 'other',
    quantity: 1,
    status,
    reference: null,
    notes: '',
  });
}

const review = (over: Partial<AccountData>, acc: Account = account, period = Q1) =>
  businessReview({ account: acc, settings, period, now: NOW, data: testAccountData(over) });

describe('health score is only given where there is something to score', () => {
  it('none for a period before the account existed, every factor without data', () => {
    const newcomer = { ...account, subscriptionStart: '2026-06-01' };
    const h = review({ meetings: [meeting('2026-02-01T10:00:00.000Z')] }, newcomer).health;
    expect(accountPeriod({ account: newcomer, period: Q1 })).toBeNull();
    expect(h.score).toBeNull();
    expect(h.factors.map((f) => f.value)).toEqual([null, null, null, null, null]);
  });

  it('a period the account joined during is scored over the part it existed in', () => {
    const joined = { ...account, subscriptionStart: '2026-03-01' };
    expect(accountPeriod({ account: joined, period: Q1 })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
    });
    const h = review(
      {
        incidents: [closedAt('2026-03-05T09:00:00.000Z', '2026-03-05T12:00:00.000Z')],
        meetings: [meeting('2026-03-20T10:00:00.000Z')],
      },
      joined,
    ).health;
    const value = (key: string) => h.factors.find((f) => f.key === key)?.value;
    // One severity-3 incident in one month (not spread over three): 100 − 10.
    expect(value('incidents')).toBe(90);
    // One meeting in the one month it existed: full 60, plus 40 with no action due.
    expect(value('engagement')).toBe(100);
  });

  it('none when nothing at all was recorded for the account by the period’s end', () => {
    expect(review({}).health.score).toBeNull();
    // A meeting after the period does not count; one in it does.
    expect(review({ meetings: [meeting('2026-04-02T10:00:00.000Z')] }).health.score).toBeNull();
    expect(review({ meetings: [meeting('2026-02-02T10:00:00.000Z')] }).health.score).not.toBeNull();
  });

  it('no quota factor where no allowance applies', () => {
    expect(quotaFactor([])).toBeNull();
    const h = review({ meetings: [meeting('2026-02-02T10:00:00.000Z')] }).health;
    expect(h.factors.find((f) => f.key === 'quota')?.value).toBeNull();
    expect(h.score).not.toBeNull();
  });

  it('an action item done after the period ended was not done in it', () => {
    const late = action({ status: 'done', doneAt: '2026-04-05T10:00:00.000Z' });
    const onTime = action({ status: 'done', doneAt: '2026-03-09T10:00:00.000Z' });
    const engagement = (items: ActionItem[]) =>
      review({ actionItems: items }).health.factors.find((f) => f.key === 'engagement')?.value;
    expect(engagement([onTime])).toBe(40); // no meeting: 0 + 40 × 1/1
    expect(engagement([late])).toBe(0); // 0 + 40 × 0/1
  });
});

describe('incident figures are as of the period’s end', () => {
  const ctx = { account, settings, specialEvents: [], period: Q1, now: NOW };

  it('counts the incidents open at the end of the period, not today', () => {
    const resolvedInMarch = closedAt('2026-02-01T09:00:00.000Z', '2026-03-02T09:00:00.000Z');
    const resolvedInApril = closedAt('2026-02-01T09:00:00.000Z', '2026-04-02T09:00:00.000Z');
    const stillOpen = incident({ reportedAt: '2025-12-01T09:00:00.000Z' });
    const reportedInApril = incident({ reportedAt: '2026-04-03T09:00:00.000Z' });
    const k = incidentKpis([resolvedInMarch, resolvedInApril, stillOpen, reportedInApril], ctx);
    expect(k.openAtEnd).toBe(2);
  });

  it('charts an incident under the severity it had in the period', () => {
    const lowered = incident({
      severity: 4,
      reportedAt: '2026-02-10T09:00:00.000Z',
      severityHistory: [{ at: '2026-04-02T09:00:00.000Z', by: 'Ann', from: 2, to: 4 }],
    });
    const feb = incidentsBySeverityPerMonth([lowered], ctx).find((m) => m.month === '2026-02');
    expect(feb).toMatchObject({ sev2: 1, sev4: 0 });
  });
});

describe('what exists only today is dated, not put in the period', () => {
  it('lists pending work orders only, and dates the as-of lists with today', () => {
    const r = review({
      workOrders: [
        workOrder('Signed long ago', 'signed'),
        workOrder('Cancelled', 'cancelled'),
        workOrder('Requested', 'requested'),
        workOrder('Draft', 'draft'),
      ],
      actionItems: [action({ title: 'Open one' }), action({ status: 'done', doneAt: STAMP })],
    });
    expect(r.asOf).toEqual(NOW);
    expect(r.workOrders.map((w) => w.title)).toEqual(['Draft', 'Requested']);
    expect(r.openActions.map((a) => a.title)).toEqual(['Open one']);
  });
});
