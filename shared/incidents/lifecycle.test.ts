import { describe, expect, it } from 'vitest';
import { INCIDENT_STATUSES } from '../domain/types';
import type { Incident, StatusChange } from '../schemas/incident';
import {
  CLOSED_STATUSES,
  isClosedStatus,
  isOpenStatus,
  lifecycleChanges,
  newIncidentFields,
  OPEN_STATUSES,
  rankKeyOnCreate,
  resolutionStopOf,
  resolvedAtOf,
  severityAt,
  wasOpenAt,
  type RankedIncident,
} from './lifecycle';

const T0 = '2026-03-10T09:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000);
const iso = (hours: number) => at(hours).toISOString();

function incident(patch: Partial<Incident> = {}): Incident {
  return {
    id: 'inc-1',
    updatedAt: T0,
    deletedAt: null,
    accountId: 'acc-1',
    title: 'Payroll export fails',
    description: '',
    severity: 2,
    severityHistory: [],
    status: 'new',
    statusHistory: [{ at: T0, by: 'Ann', from: null, to: 'new' }],
    category: 'application',
    interfaceId: null,
    extensionId: null,
    reportedAt: T0,
    respondedAt: null,
    resolvedAt: null,
    workaroundAt: null,
    liveAssessment: null,
    rankKey: null,
    owner: null,
    ...patch,
  };
}

const change = (hours: number, from: StatusChange['from'], to: StatusChange['to']) => ({
  at: iso(hours),
  by: 'Ann',
  from,
  to,
});

describe('open and closed statuses', () => {
  it('split every status into exactly one of the two sets', () => {
    for (const s of INCIDENT_STATUSES) expect(isOpenStatus(s)).toBe(!isClosedStatus(s));
    expect([...OPEN_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...INCIDENT_STATUSES].sort());
    expect(isClosedStatus('resolved')).toBe(true);
    expect(isOpenStatus('waiting-on-client')).toBe(true);
  });
});

describe('resolvedAtOf', () => {
  it('is the resolvedAt stamp when there is one', () => {
    expect(resolvedAtOf(incident({ status: 'closed', resolvedAt: iso(5) }))).toBe(iso(5));
  });

  it('falls back to the last change to resolved or closed when the stamp is missing', () => {
    const history = [
      change(0, null, 'new'),
      change(1, 'new', 'resolved'),
      change(2, 'resolved', 'in-progress'),
      change(3, 'in-progress', 'closed'),
    ];
    expect(resolvedAtOf(incident({ status: 'closed', statusHistory: history }))).toBe(iso(3));
  });

  it('is null while the incident is open, even with a stale history entry', () => {
    const history = [change(0, null, 'new'), change(1, 'new', 'resolved')];
    expect(resolvedAtOf(incident({ status: 'in-progress', statusHistory: history }))).toBeNull();
  });
});

describe('resolutionStopOf', () => {
  it('is the earlier of the workaround and the resolution', () => {
    const resolved = incident({ status: 'resolved', resolvedAt: iso(6), workaroundAt: iso(2) });
    expect(resolutionStopOf(resolved)).toBe(iso(2));
    expect(resolutionStopOf({ ...resolved, workaroundAt: null })).toBe(iso(6));
    expect(resolutionStopOf(incident({ workaroundAt: iso(4) }))).toBe(iso(4));
    expect(resolutionStopOf(incident())).toBeNull();
  });
});

describe('wasOpenAt', () => {
  const history = [
    change(0, null, 'new'),
    change(1, 'new', 'in-progress'),
    change(5, 'in-progress', 'resolved'),
    change(8, 'resolved', 'in-progress'),
    change(9, 'in-progress', 'closed'),
  ];
  const reopened = incident({ status: 'closed', statusHistory: history, resolvedAt: iso(9) });

  it('follows the status history, reopening included', () => {
    expect(wasOpenAt(reopened, at(-1))).toBe(false); // not reported yet
    expect(wasOpenAt(reopened, at(2))).toBe(true);
    expect(wasOpenAt(reopened, at(6))).toBe(false);
    expect(wasOpenAt(reopened, at(8.5))).toBe(true);
    expect(wasOpenAt(reopened, at(10))).toBe(false);
  });

  it('before the first entry (entered after the fact) it is open until resolved', () => {
    const late = incident({
      status: 'closed',
      statusHistory: [change(100, null, 'closed')],
      resolvedAt: iso(20),
    });
    expect(wasOpenAt(late, at(10))).toBe(true);
    expect(wasOpenAt(late, at(30))).toBe(false);
  });
});

describe('severityAt', () => {
  it('reads the severity an incident had at an instant from its history', () => {
    const changed = incident({
      severity: 3,
      severityHistory: [
        { at: iso(2), by: 'Ann', from: 2, to: 1 },
        { at: iso(5), by: 'Ann', from: 1, to: 3 },
      ],
    });
    expect(severityAt(changed, at(1))).toBe(2);
    expect(severityAt(changed, at(3))).toBe(1);
    expect(severityAt(changed, at(6))).toBe(3);
    expect(severityAt(incident(), at(1))).toBe(2);
  });
});

describe('lifecycleChanges', () => {
  it('gives a new incident its first status entry, from null', () => {
    const out = lifecycleChanges(null, { status: 'new' as const, reportedAt: T0 }, 'Ann', at(1));
    expect(out.statusHistory).toEqual([{ at: iso(1), by: 'Ann', from: null, to: 'new' }]);
    expect(out.respondedAt).toBeUndefined();
    expect(out.resolvedAt).toBeUndefined();
  });

  it('stamps a closed new incident responded and resolved at creation', () => {
    const out = lifecycleChanges(null, { status: 'closed' as const, reportedAt: T0 }, 'Ann', at(2));
    expect(out.respondedAt).toBe(iso(2));
    expect(out.resolvedAt).toBe(iso(2));
  });

  it('keeps the stamps an import gives', () => {
    const out = lifecycleChanges(
      null,
      { status: 'closed' as const, reportedAt: T0, respondedAt: iso(1), resolvedAt: iso(3) },
      'Ann',
      at(40),
    );
    expect(out.respondedAt).toBe(iso(1));
    expect(out.resolvedAt).toBe(iso(3));
    expect(out.statusHistory).toEqual([{ at: iso(40), by: 'Ann', from: null, to: 'closed' }]);
  });

  it('never stamps before the report time', () => {
    const out = lifecycleChanges(
      null,
      { status: 'resolved' as const, reportedAt: iso(10) },
      'Ann',
      at(2),
    );
    expect(out.resolvedAt).toBe(iso(10));
  });

  it('records severity changes and clears resolvedAt on reopening', () => {
    const closed = incident({ status: 'closed', resolvedAt: iso(3), respondedAt: iso(1) });
    const out = lifecycleChanges(closed, { status: 'in-progress', severity: 1 }, 'Bo', at(4));
    expect(out.resolvedAt).toBeNull();
    expect(out.severityHistory).toEqual([{ at: iso(4), by: 'Bo', from: 2, to: 1 }]);
    expect(out.statusHistory?.at(-1)).toEqual({
      at: iso(4),
      by: 'Bo',
      from: 'closed',
      to: 'in-progress',
    });
  });
});

describe('rank key on creation', () => {
  const account = { id: 'acc-1', plan: 'carefor-business' as const };
  const others: RankedIncident[] = [
    { id: 'a', rankKey: 'a0', accountId: 'acc-1', status: 'new', deletedAt: null },
    { id: 'b', rankKey: 'a5', accountId: 'acc-1', status: 'in-progress', deletedAt: null },
    // Ignored: closed, deleted, other account.
    { id: 'c', rankKey: 'a9', accountId: 'acc-1', status: 'closed', deletedAt: null },
    { id: 'd', rankKey: 'a8', accountId: 'acc-1', status: 'new', deletedAt: T0 },
    { id: 'e', rankKey: 'a7', accountId: 'acc-2', status: 'new', deletedAt: null },
  ];

  it('puts an open incident of a CareFor account at the bottom of its open ranking', () => {
    const key = rankKeyOnCreate(account, 'new', others);
    expect(key).not.toBeNull();
    expect((key ?? '') > 'a5').toBe(true);
    expect((key ?? '') < 'a7').toBe(true);
  });

  it('gives none on Premium, to a closed incident, or without the account', () => {
    expect(rankKeyOnCreate({ id: 'acc-1', plan: 'premium' }, 'new', others)).toBeNull();
    expect(rankKeyOnCreate(account, 'resolved', others)).toBeNull();
    expect(rankKeyOnCreate(undefined, 'new', others)).toBeNull();
  });

  it('newIncidentFields combines the first entry and the rank key', () => {
    const out = newIncidentFields(
      { status: 'new' as const, reportedAt: T0 },
      { account, incidents: others, by: 'Ann', now: at(1) },
    );
    expect(out.statusHistory).toEqual([{ at: iso(1), by: 'Ann', from: null, to: 'new' }]);
    expect(out.rankKey).toBe(rankKeyOnCreate(account, 'new', others));
  });
});
