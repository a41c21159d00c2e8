import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from '../intl';
import { slaTargetFor } from '../plans/targets';
import { specialEventUsage } from '../quota/usage';
import { generateDemoWorkspace } from './index';
import { showcaseWeekend, WEEKEND_EVENT_TITLE } from './weekend';

const H = 3_600_000;

/** Weekday and hh:mm of an instant in a zone, read through Intl (not the generator's maths). */
function local(at: number | string, timeZone: string): string {
  return dateTimeFormat('en-GB', {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(at));
}

describe.each([
  [42, '2026-11-18T09:30:00.000Z'],
  [7, '2026-03-30T06:00:00.000Z'], // the Monday after Europe's spring-forward weekend
  [20260101, '2027-06-30T22:15:00.000Z'],
])('demo showcase (seed %i, now %s)', (seed, nowIso) => {
  const now = new Date(nowIso);
  const ws = generateDemoWorkspace({ seed, now });
  const showcase = ws.accounts[0];
  if (showcase === undefined) throw new Error('no accounts');

  it('changes severities both ways, each history ending on the current severity', () => {
    for (const inc of ws.incidents) {
      let current = inc.severityHistory[0]?.from;
      for (const change of inc.severityHistory) {
        expect(change.from).toBe(current);
        expect(change.at >= inc.reportedAt && change.at <= nowIso).toBe(true);
        current = change.to;
      }
      if (inc.severityHistory.length > 0) expect(current).toBe(inc.severity);
    }
    const target = slaTargetFor(ws.settings.slaTargets, showcase.plan, 1).responseMinutes * 60_000;
    const lowered = ws.incidents.find(
      (i) =>
        i.accountId === showcase.id &&
        i.severityHistory.some((c) => c.from === 1 && c.to === 3) &&
        i.respondedAt !== null &&
        // It breached its Sev1 response before it was lowered.
        Date.parse(i.respondedAt) - Date.parse(i.reportedAt) > target &&
        i.severityHistory.every((c) => Date.parse(c.at) - Date.parse(i.reportedAt) > target),
    );
    expect(lowered?.severity).toBe(3);
    const raised = ws.incidents.find(
      (i) =>
        i.accountId === showcase.id && i.severityHistory.some((c) => c.from === 3 && c.to === 1),
    );
    expect(raised?.severity).toBe(1);
  });

  it('books a special event from Friday evening to Monday morning, with an incident inside', () => {
    const zone = showcase.timeZone;
    const event = ws.specialEvents.find(
      (e) => e.accountId === showcase.id && e.title === WEEKEND_EVENT_TITLE,
    );
    if (event === undefined) throw new Error('no weekend event');
    expect(local(event.start, zone)).toBe('Fri 18:00');
    expect(local(event.end, zone)).toBe('Mon 08:00');
    expect(Date.parse(event.end)).toBeLessThanOrEqual(now.getTime());
    const inside = ws.incidents.filter(
      (i) => i.accountId === showcase.id && i.reportedAt >= event.start && i.reportedAt < event.end,
    );
    expect(inside.length).toBeGreaterThan(0);
    const ids = ws.specialEvents.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Within the account's allowance: no overage invented without a work order.
    const inPeriod = specialEventUsage(ws.specialEvents, showcase, now);
    expect(inPeriod.used).toBeLessThanOrEqual(inPeriod.included);
  });

  it('has interface incidents on monitored interfaces of Business Plus and Enterprise accounts', () => {
    const accounts = new Map(ws.accounts.map((a) => [a.id, a]));
    const onInterfaces = ws.incidents.filter((i) => i.category === 'interface');
    expect(onInterfaces.length).toBeGreaterThan(0);
    for (const inc of onInterfaces) {
      const account = accounts.get(inc.accountId);
      expect(['carefor-business-plus', 'carefor-enterprise']).toContain(account?.plan);
      expect(account?.monitoredInterfaces.map((m) => m.id)).toContain(inc.interfaceId);
    }
    for (const plan of ['carefor-business-plus', 'carefor-enterprise'] as const) {
      const ofPlan = onInterfaces.filter((i) => accounts.get(i.accountId)?.plan === plan);
      expect(ofPlan.length).toBeGreaterThan(0);
    }
  });
});

describe('demo showcase calendar', () => {
  it('names the showcase account’s holidays, each a holiday of its calendar', () => {
    const ws = generateDemoWorkspace({ seed: 42, now: new Date('2026-11-18T09:30:00.000Z') });
    const cal = ws.accounts[0]?.businessCalendar;
    const named = Object.entries(cal?.holidayNames ?? {});
    expect(named.length).toBeGreaterThan(0);
    for (const [date, name] of named) {
      expect(cal?.holidays).toContain(date);
      expect(name.trim()).not.toBe('');
    }
  });
});

describe('showcaseWeekend', () => {
  it('takes the last weekend whose Monday morning has passed, in the given zone', () => {
    const zone = 'America/New_York';
    // Monday 2026-11-16 13:00 in New York: that morning's weekend is over.
    const monday = Date.parse('2026-11-16T18:00:00Z');
    const w = showcaseWeekend(zone, monday);
    expect(new Date(w.start).toISOString()).toBe('2026-11-13T23:00:00.000Z'); // Fri 18:00 EST
    expect(new Date(w.end).toISOString()).toBe('2026-11-16T13:00:00.000Z'); // Mon 08:00 EST
    // Monday 09:00: too early, the weekend before.
    const early = showcaseWeekend(zone, Date.parse('2026-11-16T14:00:00Z'));
    expect(early.end).toBe(w.end - 7 * 24 * H);
  });

  it('spans a DST change with local Friday and Monday times', () => {
    // Europe springs forward on 2026-03-29: the weekend is one hour shorter.
    const w = showcaseWeekend('Europe/Paris', Date.parse('2026-03-31T10:00:00Z'));
    expect(new Date(w.start).toISOString()).toBe('2026-03-27T17:00:00.000Z'); // Fri 18:00 CET
    expect(new Date(w.end).toISOString()).toBe('2026-03-30T06:00:00.000Z'); // Mon 08:00 CEST
    expect(w.end - w.start).toBe(61 * H);
  });
});
