import { describe, expect, it } from 'vitest';
import { PLAN_IDS } from '../domain/types';
import { entitlementsFor } from '../plans/entitlements';
import { suggestCareForTier } from '../plans/tiers';
import { extensionIncidentUsage, interfaceUsage, specialEventUsage } from '../quota/usage';
import { compareKeys } from '../ranking/keys';
import type { Incident } from '../schemas/incident';
import type { SlaState } from '../sla/incident-sla';
import { incidentSla } from '../sla/incident-sla';
import { slaAccountOf } from '../sla/inputs';
import { isTroubled } from './accounts';
import { demoValidationErrors as invalidRecords, generateDemoWorkspace } from './index';

const NOW = new Date('2026-11-18T09:30:00.000Z');

describe.each([
  [42, '2026-11-18T09:30:00.000Z'],
  [7, '2026-03-01T00:30:00.000Z'],
  [20260101, '2027-06-30T22:15:00.000Z'],
])('demo workspace (seed %i, now %s)', (seed, nowIso) => {
  const NOW = new Date(nowIso);
  const ws = generateDemoWorkspace({ seed, now: NOW });
  const today = nowIso.slice(0, 10);

  const accountOf = new Map(ws.accounts.map((a) => [a.id, a]));
  const OPEN = new Set(['new', 'in-progress', 'waiting-on-client']);
  const isOpen = (i: Incident) => OPEN.has(i.status);

  /** Worst running clock of an open incident: breached > at-risk > ok. */
  function queueState(inc: Incident): SlaState {
    const account = accountOf.get(inc.accountId);
    if (account === undefined) throw new Error(`no account ${inc.accountId}`);
    const sla = incidentSla(inc, slaAccountOf(account), ws.settings, ws.specialEvents, NOW);
    const states = [sla.response.state, sla.resolution.state];
    if (states.includes('breached')) return 'breached';
    if (states.includes('at-risk')) return 'at-risk';
    return 'ok';
  }

  describe('demo workspace: accounts', () => {
    it('covers all five plans with amounts matching the CareFor tiers', () => {
      expect(new Set(ws.accounts.map((a) => a.plan))).toEqual(new Set(PLAN_IDS));
      for (const a of ws.accounts) {
        const tier = suggestCareForTier(a.annualSaasAmount, ws.settings.tierThresholds);
        expect(tier).toBe(a.plan.startsWith('carefor') ? a.plan : null);
      }
    });

    it('has realistic people, calendars and a shared team', () => {
      const names = ws.accounts.map((a) => a.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toContain('Maison Lefèvre Distribution');
      expect(new Set(ws.accounts.map((a) => a.timeZone)).size).toBeGreaterThanOrEqual(5);
      expect(new Set(ws.accounts.map((a) => a.csmName)).size).toBeLessThanOrEqual(6);
      for (const a of ws.accounts) {
        expect(a.sdmName !== null).toBe(a.plan.startsWith('carefor'));
        expect(a.contacts.some((c) => c.keyUser)).toBe(true);
        expect(a.businessCalendar.holidays?.some((h) => h.startsWith('2027-'))).toBe(true);
      }
      const split = ws.accounts.some((a) => (a.businessCalendar.hours.mon?.length ?? 0) === 2);
      expect(split).toBe(true);
    });

    it('gives Business Plus 4–7 and Enterprise 6–9 interfaces, some over the allowance', () => {
      const book = generateDemoWorkspace({ seed: 3, now: NOW, accounts: 60, incidents: 2000 });
      let over = 0;
      for (const a of book.accounts) {
        const n = a.monitoredInterfaces.length;
        if (a.plan === 'carefor-business-plus') expect(n >= 4 && n <= 7).toBe(true);
        else if (a.plan === 'carefor-enterprise') expect(n >= 6 && n <= 9).toBe(true);
        else expect(n).toBe(0);
        if (a.plan === 'carefor-enterprise') expect(a.extensions.length).toBeGreaterThan(0);
        if (interfaceUsage(a).needsWorkOrder) over++;
      }
      expect(over).toBeGreaterThan(0);
      expect(invalidRecords(book, 7)).toEqual([]);
    });
  });

  describe('demo workspace: incidents', () => {
    it('keeps 8–15% open, with breached, at-risk and ok items in the queue', () => {
      const open = ws.incidents.filter(isOpen);
      const share = open.length / ws.incidents.length;
      expect(share).toBeGreaterThanOrEqual(0.08);
      expect(share).toBeLessThanOrEqual(0.15);
      const states = new Set(open.map(queueState));
      expect(states).toEqual(new Set(['breached', 'at-risk', 'ok']));
    });

    it('mixes severities (few sev1, most sev3) and categories, with some severity changes', () => {
      const by = (s: number) => ws.incidents.filter((i) => i.severity === s).length;
      expect(by(1)).toBeGreaterThan(0);
      expect(by(1)).toBeLessThan(by(2));
      expect(by(3)).toBeGreaterThan(by(4));
      const cats = new Set(ws.incidents.map((i) => i.category));
      expect(cats).toEqual(new Set(['system-down', 'application', 'interface', 'extension']));
      expect(ws.incidents.some((i) => i.severityHistory.length > 0)).toBe(true);
      expect(
        ws.incidents.some((i) => i.statusHistory.some((h) => h.to === 'waiting-on-client')),
      ).toBe(true);
      expect(ws.incidents.some((i) => i.liveAssessment !== null)).toBe(true);
    });

    it('references existing accounts, interfaces and extensions', () => {
      for (const inc of ws.incidents) {
        const a = accountOf.get(inc.accountId);
        expect(a).toBeDefined();
        if (inc.interfaceId !== null) {
          expect(a?.monitoredInterfaces.map((i) => i.id)).toContain(inc.interfaceId);
        }
        if (inc.extensionId !== null)
          expect(a?.extensions.map((e) => e.id)).toContain(inc.extensionId);
        if (inc.liveAssessment !== null) {
          expect(['carefor-business-plus', 'carefor-enterprise']).toContain(a?.plan);
        }
      }
    });

    it('puts at least one Enterprise account over its monthly extension-incident allowance', () => {
      const enterprise = ws.accounts.filter((a) => a.plan === 'carefor-enterprise');
      const usage = enterprise.map((a) => extensionIncidentUsage(ws.incidents, a, NOW));
      expect(usage.some((u) => u.used === 5 && u.overage === 1)).toBe(true);
    });

    it('ranks the open incidents of CareFor accounts in a client order', () => {
      let differs = false;
      for (const a of ws.accounts) {
        const open = ws.incidents.filter((i) => i.accountId === a.id && isOpen(i));
        if (!a.plan.startsWith('carefor')) {
          expect(open.every((i) => i.rankKey === null)).toBe(true);
          continue;
        }
        expect(open.every((i) => i.rankKey !== null)).toBe(true);
        const ranked = [...open].sort((x, y) => compareKeys(x.rankKey ?? '', y.rankKey ?? ''));
        const bySeverity = [...ranked].sort((x, y) => x.severity - y.severity);
        if (ranked.some((x, k) => x.id !== bySeverity[k]?.id)) differs = true;
      }
      expect(differs).toBe(true);
      expect(ws.incidents.filter((i) => !isOpen(i)).every((i) => i.rankKey === null)).toBe(true);
    });

    it('gives the showcase account the scenario incidents', () => {
      const mine = ws.incidents.filter((i) => i.accountId === 'acc-0001' && isOpen(i));
      const byTitle = (t: string) => mine.find((i) => i.title.includes(t));
      const payroll = byTitle('Payroll export to SAP: nightly run');
      const layout = byTitle('Board report: layout');
      expect(payroll?.severity).toBe(layout?.severity);
      expect(compareKeys(layout?.rankKey ?? '', payroll?.rankKey ?? '')).toBeLessThan(0);
    });
  });

  describe('demo workspace: engagement, releases and allowances', () => {
    it('holds monthly steering committees and action items linked to meetings', () => {
      const meetingIds = new Set(ws.meetings.map((m) => m.id));
      for (const m of ws.meetings) expect(accountOf.has(m.accountId)).toBe(true);
      for (const a of ws.actionItems) expect(meetingIds.has(a.meetingId ?? '')).toBe(true);
      const careFor = ws.accounts.find((a) => a.plan === 'carefor-enterprise');
      const steering = ws.meetings.filter(
        (m) => m.accountId === careFor?.id && m.kind === 'steering-committee',
      );
      expect(steering.length).toBeGreaterThanOrEqual(18);
      expect(steering.some((m) => m.startsAt > NOW.toISOString())).toBe(true);
      const overdue = ws.actionItems.filter(
        (a) => a.status === 'open' && (a.dueDate ?? '') < today,
      );
      expect(overdue.some((a) => a.accountId === 'acc-0001' && a.ownerSide === 'client')).toBe(
        true,
      );
      expect(ws.actionItems.some((a) => a.status === 'done' && a.doneAt !== null)).toBe(true);
    });

    it('has monthly releases with assessments for Business Plus and up, gaps on the next one', () => {
      expect(ws.releases.length).toBe(8);
      const releaseIds = new Set(ws.releases.map((r) => r.id));
      for (const ra of ws.releaseAssessments) {
        expect(releaseIds.has(ra.releaseId)).toBe(true);
        const a = accountOf.get(ra.accountId);
        expect(['carefor-business-plus', 'carefor-enterprise']).toContain(a?.plan);
        for (const id of ra.affectedInterfaceIds) {
          expect(a?.monitoredInterfaces.map((i) => i.id)).toContain(id);
        }
        for (const id of ra.affectedExtensionIds)
          expect(a?.extensions.map((e) => e.id)).toContain(id);
      }
      const next = ws.releases.find((r) => r.releaseDate >= today);
      const entitled = ws.accounts.filter((a) => entitlementsFor(a.plan).releaseImpactAssessment);
      const assessed = new Set(
        ws.releaseAssessments.filter((r) => r.releaseId === next?.id).map((r) => r.accountId),
      );
      expect(assessed.size).toBeLessThan(entitled.length);
      const mine = ws.releaseAssessments.find(
        (r) => r.releaseId === next?.id && r.accountId === 'acc-0001',
      );
      expect(mine?.readiness).toBe('in-progress');
    });

    it('uses special events, extension hours and work orders, some beyond the allowance', () => {
      const eventUse = ws.accounts
        .filter((a) => entitlementsFor(a.plan).specialEventsPerYear > 0)
        .map((a) => specialEventUsage(ws.specialEvents, a, NOW));
      expect(eventUse.some((u) => u.used > 0 && u.remaining === 0)).toBe(true);
      const woIds = new Set(ws.workOrders.map((w) => w.id));
      for (const e of [...ws.specialEvents, ...ws.timeEntries]) {
        expect(accountOf.has(e.accountId)).toBe(true);
        if (e.workOrderId !== null) expect(woIds.has(e.workOrderId)).toBe(true);
      }
      const monthly = new Map<string, number>();
      for (const t of ws.timeEntries.filter((e) => e.kind === 'extension-enhancement')) {
        const key = `${t.accountId} ${t.at.slice(0, 7)}`;
        monthly.set(key, (monthly.get(key) ?? 0) + t.minutes);
      }
      expect([...monthly.values()].some((m) => m > 16 * 60)).toBe(true);
      expect(ws.workOrders.length).toBeGreaterThan(0);
      const incidentIds = new Set(ws.incidents.map((i) => i.id));
      for (const t of ws.timeEntries)
        if (t.incidentId !== null) expect(incidentIds.has(t.incidentId)).toBe(true);
    });
  });
});

/**
 * The state the app shows for an open incident (queue, accounts list, Today): its nearer running
 * clock's. A breach of a clock that already stopped is history, not "breached now".
 */
function ownState(ws: ReturnType<typeof generateDemoWorkspace>, inc: Incident, now: Date) {
  const account = ws.accounts.find((a) => a.id === inc.accountId);
  if (account === undefined) throw new Error(`no account ${inc.accountId}`);
  const events = ws.specialEvents.filter((e) => e.accountId === account.id);
  const sla = incidentSla(inc, slaAccountOf(account), ws.settings, events, now);
  const running = [sla.response, sla.resolution].filter((c) => c.stoppedAt === null);
  running.sort((a, b) => a.timeLeftMs - b.timeLeftMs);
  return running[0]?.state ?? 'none';
}

describe.each([
  [42, '2026-12-07T20:00:00.000Z', 12, 400],
  [42, '2026-12-07T20:00:00.000Z', 60, 5000],
  [7, '2026-03-01T00:30:00.000Z', 12, 400],
])('demo book looks real (seed %i, now %s, %i accounts)', (seed, nowIso, accounts, incidents) => {
  const now = new Date(nowIso);
  const ws = generateDemoWorkspace({ seed, now, accounts, incidents });
  const today = nowIso.slice(0, 10);
  const troubled = new Set(ws.accounts.filter((_, i) => isTroubled(i)).map((a) => a.id));
  const open = ws.incidents.filter((i) =>
    ['new', 'in-progress', 'waiting-on-client'].includes(i.status),
  );
  const states = open.map((i) => ({ i, state: ownState(ws, i, now) }));
  const accountsWith = (state: string) =>
    new Set(states.filter((s) => s.state === state).map((s) => s.i.accountId));

  it('has a few accounts in trouble, not the whole book', () => {
    expect(troubled.size).toBeGreaterThanOrEqual(1);
    expect(troubled.size / ws.accounts.length).toBeLessThanOrEqual(0.2);
    // "At risk" and "breached" filters keep a minority of accounts, but not none.
    const flagged = new Set([...accountsWith('breached'), ...accountsWith('at-risk')]);
    expect(accountsWith('breached').size).toBeGreaterThan(0);
    expect(flagged.size / ws.accounts.length).toBeLessThanOrEqual(0.45);
  });

  it('concentrates breaches on the accounts in trouble; healthy ones rarely breach', () => {
    const breached = states.filter((s) => s.state === 'breached');
    const inTrouble = breached.filter((s) => troubled.has(s.i.accountId)).length;
    expect(inTrouble / breached.length).toBeGreaterThan(0.5);
    const healthyOpen = states.filter((s) => !troubled.has(s.i.accountId));
    const healthyBreached = healthyOpen.filter((s) => s.state === 'breached').length;
    expect(healthyBreached / healthyOpen.length).toBeLessThan(0.1);
    // Most open work is within its SLA: the queue is not a wall of red.
    expect(breached.length / open.length).toBeLessThan(0.3);
  });

  it('keeps action items current: overdue ones are recent and mostly on troubled accounts', () => {
    const overdue = ws.actionItems.filter(
      (a) => a.status === 'open' && a.dueDate !== null && a.dueDate < today,
    );
    const daysLate = (due: string) => (Date.parse(today) - Date.parse(due)) / 86_400_000;
    for (const a of overdue) {
      expect(daysLate(a.dueDate ?? today)).toBeLessThanOrEqual(troubled.has(a.accountId) ? 90 : 30);
    }
    const healthyLate = overdue.filter((a) => !troubled.has(a.accountId));
    const healthyAccountsLate = new Set(healthyLate.map((a) => a.accountId)).size;
    expect(healthyAccountsLate / (ws.accounts.length - troubled.size)).toBeLessThan(0.5);
    // Open items are not a backlog: roughly a handful per account.
    const openItems = ws.actionItems.filter((a) => a.status === 'open').length;
    expect(openItems / ws.accounts.length).toBeLessThan(3);
  });
});

describe('demo workspace: scale', () => {
  it('generates the 500-account, 50,000-incident book', () => {
    // Generation speed is measured by npm run bench (demo-gen), not asserted here.
    const book = generateDemoWorkspace({ seed: 9, now: NOW, accounts: 500, incidents: 50_000 });
    expect(book.accounts).toHaveLength(500);
    expect(book.incidents).toHaveLength(50_000);
    expect(new Set(book.accounts.map((a) => a.name)).size).toBe(500);
    expect(new Set(book.incidents.map((i) => i.id)).size).toBe(50_000);
    expect(invalidRecords(book, 97)).toEqual([]);
  }, 60_000);
});
