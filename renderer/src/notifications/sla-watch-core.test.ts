import type { Account, Incident } from '@shared/schemas/index';
import { incidentSla, slaAccountOf } from '@shared/sla/index';
import { describe, expect, it, vi } from 'vitest';
import type { SlaWatchData } from '../db/incidents';
import { demoQueueSource } from '../queue/queue-fixtures';
import { decideSlaAlerts, MAX_SEPARATE_ALERTS } from './decide';
import { SlaWatchCore } from './sla-watch-core';

const T0 = new Date('2026-03-10T09:00:00.000Z'); // a Tuesday
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const demo = demoQueueSource(T0, 150);
const base = demo.incidents[0];
const baseAccount = demo.accounts[0];
if (base === undefined || baseAccount === undefined) throw new Error('demo book is empty');

// Enterprise severity 1 is covered 24x7: response due 60 min after the report, at risk from 45.
const account: Account = {
  ...baseAccount,
  id: 'acc',
  name: 'Nordhavn',
  plan: 'carefor-enterprise',
};
const incident = (over: Partial<Incident> = {}): Incident => ({
  ...base,
  id: 'inc',
  accountId: 'acc',
  title: 'Payroll export down',
  severity: 1,
  status: 'new',
  statusHistory: [{ at: T0.toISOString(), by: 'Claire', from: null, to: 'new' }],
  reportedAt: T0.toISOString(),
  respondedAt: null,
  resolvedAt: null,
  workaroundAt: null,
  owner: 'Claire Martin',
  updatedAt: T0.toISOString(),
  ...over,
});

/** A workspace in memory: the core's reads, its claims, and its SLA computations counted. */
function harness(incidents: Incident[], accounts: Account[] = [account]) {
  const data: SlaWatchData = {
    incidents,
    accounts: new Map(accounts.map((a) => [a.id, a])),
    specialEvents: demo.specialEvents,
    settings: demo.settings,
    userName: null,
  };
  const sent = new Set<string>();
  const compute = vi.fn(incidentSla);
  const claim = vi.fn((keys: readonly string[]) => {
    const fresh = keys.filter((k) => !sent.has(k));
    fresh.forEach((k) => sent.add(k));
    return Promise.resolve(fresh);
  });
  const load = vi.fn(() => Promise.resolve({ ...data, incidents: [...data.incidents] }));
  // Only what the store holds: open incidents of accounts not in the Trash (see db/incidents).
  const loadIncidents = vi.fn((ids: readonly string[]) =>
    Promise.resolve(ids.map((id) => data.incidents.find((i) => i.id === id))),
  );
  const core = new SlaWatchCore({
    load,
    loadIncidents,
    loadNotified: () => Promise.resolve(new Set(sent)),
    claim,
    compute,
  });
  const check = async (now: Date) => {
    const outcome = await core.check(now);
    return outcome.alerts.map((a) => `${a.incidentId}:${a.state}`);
  };
  return { data, core, compute, claim, sent, check, load, loadIncidents };
}

describe('SlaWatchCore', () => {
  it('alerts once at risk and once breached, computing only when a state can change', async () => {
    const h = harness([incident()]);
    expect(await h.check(at(0))).toEqual([]);
    expect(h.compute).toHaveBeenCalledTimes(1);
    expect(await h.check(at(30))).toEqual([]);
    expect(await h.check(at(44))).toEqual([]);
    expect(h.compute).toHaveBeenCalledTimes(1); // nothing due before minute 45
    expect(await h.check(at(46))).toEqual(['inc:at-risk']);
    expect(await h.check(at(50))).toEqual([]);
    expect(await h.check(at(61))).toEqual(['inc:breached']);
    expect(await h.check(at(300))).toEqual([]);
    expect(h.compute).toHaveBeenCalledTimes(3); // minutes 0, 46 and 61; breached is final
    expect([...h.sent]).toEqual(['notified:inc:at-risk', 'notified:inc:breached']);
  });

  it('does no SLA computation and no write on a check with nothing due', async () => {
    const h = harness(demo.incidents, demo.accounts);
    await h.core.check(at(0));
    expect(h.compute).toHaveBeenCalledTimes(demo.incidents.length);
    h.compute.mockClear();
    h.claim.mockClear();
    const outcome = await h.core.check(new Date(T0.getTime() + 1));
    expect(outcome).toMatchObject({ alerts: [], computed: 0 });
    expect(h.compute).not.toHaveBeenCalled();
    expect(h.claim).not.toHaveBeenCalled();
  });

  it('computes an edited incident again (a severity raise) and only that one', async () => {
    const other = incident({ id: 'other', severity: 4 });
    const h = harness([incident({ severity: 4 }), other]);
    expect(await h.check(at(0))).toEqual([]);
    expect(h.compute).toHaveBeenCalledTimes(2);
    // Raised to severity 1 at minute 50: the 1 h response target has 10 min left, at risk.
    h.data.incidents = [incident({ severity: 1, updatedAt: at(50).toISOString() }), other];
    h.core.markDirty();
    expect(await h.check(at(50))).toEqual(['inc:at-risk']);
    expect(h.compute).toHaveBeenCalledTimes(3);
    // Without a change notice the stored copy stands: nothing is read or computed.
    h.data.incidents = [incident({ severity: 1, respondedAt: at(55).toISOString() }), other];
    expect(await h.check(at(55))).toEqual([]);
    expect(h.compute).toHaveBeenCalledTimes(3);
  });

  it('reads again only the incidents written in another window, and drops a deleted one', async () => {
    const other = incident({ id: 'other', severity: 4 });
    const gone = incident({ id: 'gone', severity: 4 });
    const h = harness([incident({ severity: 4 }), other, gone]);
    expect(await h.check(at(0))).toEqual([]);
    expect(h.load).toHaveBeenCalledTimes(1);
    // Raised to severity 1 at minute 50 elsewhere, and 'gone' deleted: only those two are read.
    h.data.incidents = [incident({ severity: 1, updatedAt: at(50).toISOString() }), other];
    h.core.markDirty(['inc', 'gone']);
    h.compute.mockClear();
    expect(await h.check(at(50))).toEqual(['inc:at-risk']);
    expect(h.load).toHaveBeenCalledTimes(1);
    expect(h.loadIncidents).toHaveBeenCalledWith(['inc', 'gone']);
    expect(h.compute).toHaveBeenCalledTimes(1); // 'inc' only
    // The deleted one is no longer watched: brought to breach time, it alerts nothing.
    const atBreach = await h.core.check(at(24 * 60 * 10));
    expect(atBreach.alerts.map((a) => a.incidentId)).not.toContain('gone');
  });

  it('reads everything again after an account change, and computes all its incidents', async () => {
    const second = incident({ id: 'second', severity: 2 });
    const h = harness([incident({ severity: 4 }), second]);
    expect(await h.check(at(0))).toEqual([]);
    expect(h.compute).toHaveBeenCalledTimes(2);
    // The account moves to a plan with other targets: both incidents are computed again.
    const moved: Account = { ...account, plan: 'premium', updatedAt: at(5).toISOString() };
    h.data.accounts = new Map([[moved.id, moved]]);
    h.core.markDirty(null);
    await h.check(at(5));
    expect(h.load).toHaveBeenCalledTimes(2);
    expect(h.loadIncidents).not.toHaveBeenCalled();
    expect(h.compute).toHaveBeenCalledTimes(4);
  });

  it('reads everything when an edited incident belongs to an account it has not read', async () => {
    const h = harness([incident()]);
    expect(await h.check(at(0))).toEqual([]);
    const newcomer = { ...account, id: 'acc2', name: 'Oslo' };
    h.data.accounts = new Map([
      [account.id, account],
      [newcomer.id, newcomer],
    ]);
    h.data.incidents = [incident(), incident({ id: 'new', accountId: 'acc2' })];
    h.core.markDirty(['new']);
    expect(await h.check(at(46))).toEqual(['inc:at-risk', 'new:at-risk']);
    expect(h.loadIncidents).toHaveBeenCalledTimes(1);
    expect(h.load).toHaveBeenCalledTimes(2);
  });

  it('leaves a paused incident alone until its status changes', async () => {
    const waiting = incident({
      status: 'waiting-on-client',
      statusHistory: [
        { at: T0.toISOString(), by: 'Claire', from: null, to: 'new' },
        { at: at(10).toISOString(), by: 'Claire', from: 'new', to: 'waiting-on-client' },
      ],
    });
    const h = harness([waiting]);
    expect(await h.check(at(20))).toEqual([]);
    expect(await h.check(at(600))).toEqual([]);
    expect(h.compute).toHaveBeenCalledTimes(1);
    // Back in progress at 10:00 with 50 min of its hour left: at risk 35 min later.
    const back = { at: at(600).toISOString(), by: 'Claire', from: 'waiting-on-client' as const };
    h.data.incidents = [
      {
        ...waiting,
        status: 'in-progress',
        statusHistory: [...waiting.statusHistory, { ...back, to: 'in-progress' }],
      },
    ];
    h.core.markDirty();
    expect(await h.check(at(601))).toEqual([]);
    expect(await h.check(at(636))).toEqual(['inc:at-risk']);
  });

  it('tries again after a failed claim, and alerts the new owner after a reassignment', async () => {
    const h = harness([incident({ owner: 'Paul Durand' })]);
    h.data.userName = 'Claire Martin';
    expect(await h.check(at(46))).toEqual([]); // Paul's
    h.data.incidents = [incident({ owner: 'Claire Martin' })]; // same clocks, new owner
    h.core.markDirty();
    h.claim.mockRejectedValueOnce(new Error('disk full'));
    await expect(h.core.check(at(47))).rejects.toThrow('disk full');
    expect(await h.check(at(48))).toEqual(['inc:at-risk']);
    expect(h.compute).toHaveBeenCalledTimes(1);
  });

  it('skips an incident whose SLA cannot be computed and says so once', async () => {
    const h = harness([incident({ id: 'bad' }), incident()]);
    h.compute.mockImplementationOnce(() => {
      throw new RangeError('no working time');
    });
    const first = await h.core.check(at(46));
    expect(first.alerts.map((a) => a.incidentId)).toEqual(['inc']);
    expect(first.problem).toBe('Payroll export down: no working time');
    expect((await h.core.check(at(47))).problem).toBeNull();
  });

  it(
    'alerts exactly what computing every incident at every tick would',
    { timeout: 60_000 },
    async () => {
      const h = harness(demo.incidents, demo.accounts);
      const accounts = new Map(demo.accounts.map((a) => [a.id, a]));
      const sent = new Set<string>();
      let brute = 0;
      let most = 0;
      // Every 23 minutes for three days, over nights and business hours, from the demo's now.
      for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 23) {
        const now = at(minutes);
        const watched = demo.incidents.flatMap((i) => {
          const a = accounts.get(i.accountId);
          if (a === undefined) return [];
          const events = demo.specialEvents.filter((e) => e.accountId === a.id);
          const sla = incidentSla(i, slaAccountOf(a), demo.settings, events, now);
          brute++;
          return [{ id: i.id, title: i.title, owner: i.owner, accountName: a.name, sla }];
        });
        const expected = decideSlaAlerts(watched, sent, null);
        expected.markKeys.forEach((k) => sent.add(k));
        const before = new Set(h.sent);
        const outcome = await h.core.check(now);
        expect([...h.sent].filter((k) => !before.has(k)).sort()).toEqual(
          [...expected.markKeys].sort(),
        );
        expect(outcome.count).toBe(expected.alerts.length);
        most = Math.max(most, outcome.count);
        const shown = expected.alerts.slice(0, MAX_SEPARATE_ALERTS).map((a) => a.incidentId);
        expect(outcome.alerts.map((a) => a.incidentId)).toEqual(shown);
      }
      expect([...h.sent].sort()).toEqual([...sent].sort());
      expect(sent.size).toBeGreaterThan(20);
      expect(most).toBeGreaterThan(MAX_SEPARATE_ALERTS); // some checks sent only a summary
      expect(h.compute.mock.calls.length).toBeLessThan(brute / 10);
      // The demo book has clocks that reach at risk, or breach, during these three days.
      const states = [...sent].map((k) => k.split(':')[2]);
      expect(new Set(states)).toEqual(new Set(['at-risk', 'breached']));
    },
  );
});
