import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimeSpan, Weekday, WorkingCalendar } from '../calendar/types';
import type { IncidentCategory, PlanId, Severity } from '../domain/types';
import { INCIDENT_CATEGORIES, PLAN_IDS, SEVERITIES } from '../domain/types';
import type { SlaTargets } from '../plans/targets';
import type { SlaAccount, SlaIncident, SlaSpecialEvent } from './incident-sla';
import { incidentSla } from './incident-sla';

/*
 * The timeline engine against a deliberately naive model: every whole minute is looked at on
 * its own — which severity is in force, whether a special-event window contains it, the local
 * wall time and weekday in the account's zone, holidays, pauses — and counted or not. Due times
 * must agree to the second, states and breaches exactly.
 */

const MIN = 60_000;
const H = 60 * MIN;
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ZONES = ['Europe/Paris', 'America/New_York', 'Australia/Sydney'];
// Span edges never fall in a DST gap (02:00–03:00 local) so wall times are unambiguous.
const EDGES = ['00:00', '06:30', '08:00', '09:15', '12:00', '13:30', '17:45', '20:00', '24:00'];
// Around the European spring change and the Sydney autumn change.
const T0 = Date.UTC(2026, 2, 26, 6);

// ---- the naive model ------------------------------------------------------------------------

const formats = new Map<string, Intl.DateTimeFormat>();
const hours = new Map<string, { weekday: number; date: string; minute: number }>();
/**
 * Local weekday index (0 = Monday), date key and minute of the day, straight from Intl, read
 * once per UTC hour (these zones change offset only on the hour) and walked minute by minute.
 */
function local(t: number, zone: string): { weekday: number; date: string; minute: number } {
  const hour = Math.floor(t / H) * H;
  const key = `${zone}|${hour}`;
  let at = hours.get(key);
  if (at === undefined) {
    let f = formats.get(zone);
    if (f === undefined) {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      formats.set(zone, f);
    }
    const p = Object.fromEntries(f.formatToParts(new Date(hour)).map((x) => [x.type, x.value]));
    at = {
      weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(p.weekday ?? ''),
      date: `${p.year}-${p.month}-${p.day}`,
      minute: Number(p.hour) * 60 + Number(p.minute),
    };
    hours.set(key, at);
  }
  // Whole-hour offsets: a UTC hour is one local hour, so minutes simply add.
  return { ...at, minute: at.minute + (t - hour) / MIN };
}

const hhmm = (s: string) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));

function inBusinessHours(t: number, cal: WorkingCalendar): boolean {
  const l = local(t, cal.timeZone);
  if (cal.holidays?.includes(l.date) === true) return false;
  const spans = cal.hours[DAYS[l.weekday] ?? 'mon'] ?? [];
  return spans.some((s) => hhmm(s.start) <= l.minute && l.minute < hhmm(s.end));
}

interface Case {
  incident: SlaIncident;
  account: SlaAccount;
  targets: SlaTargets;
  events: SlaSpecialEvent[];
  now: number;
}

function covered(c: Case, t: number, severity: Severity, clock: 'response' | 'resolution') {
  const { plan, businessCalendar } = c.account;
  const { category, interfaceId } = c.incident;
  if (severity === 1 && plan !== 'essential') return true;
  if (category === 'system-down') return true;
  if (severity === 2 && plan === 'carefor-enterprise') return true;
  const monitoring = plan === 'carefor-business-plus' || plan === 'carefor-enterprise';
  const monitored = interfaceId !== null && c.account.monitoredInterfaceIds.includes(interfaceId);
  if (clock === 'response' && category === 'interface' && monitoring && monitored) return true;
  if (c.events.some((e) => Date.parse(e.start) <= t && t < Date.parse(e.end))) return true;
  if (plan === 'essential') return local(t, businessCalendar.timeZone).weekday < 5;
  return inBusinessHours(t, businessCalendar);
}

function paused(c: Case, t: number): boolean {
  // Changes after now are not known yet; a pause still open at now ends there.
  if (t >= c.now) return false;
  let waiting = false;
  for (const h of c.incident.statusHistory) {
    if (Date.parse(h.at) > t || Date.parse(h.at) > c.now) break;
    waiting = h.to === 'waiting-on-client';
  }
  return waiting;
}

function naive(c: Case) {
  const { incident } = c;
  const reported = Date.parse(incident.reportedAt);
  const changes = incident.severityHistory.map((h) => ({ at: Date.parse(h.at), to: h.to }));
  const segs = [
    { severity: incident.severityHistory[0]?.from ?? incident.severity, from: reported },
  ];
  for (const ch of changes) segs.push({ severity: ch.to, from: ch.at });
  const responded = incident.respondedAt === null ? null : Date.parse(incident.respondedAt);
  const resolved = incident.resolvedAt === null ? null : Date.parse(incident.resolvedAt);
  const breaches: Array<{ clock: string; severity: Severity; at: number }> = [];
  const out = [];
  let carried: { due: number; state: string } | null = null;
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k] as { severity: Severity; from: number };
    const to = segs[k + 1]?.from ?? null;
    const target = c.targets[c.account.plan][String(seg.severity) as '1'];
    const clock = (name: 'response' | 'resolution', minutes: number, stop: number | null) => {
      const works = (t: number) => covered(c, t, seg.severity, name) && !paused(c, t);
      let count = 0;
      let t = seg.from;
      while (count < minutes) {
        if (works(t)) count++;
        t += MIN;
      }
      const due = t;
      const ownStop = stop !== null && (to === null || stop < to) ? stop : null;
      const until = ownStop ?? to ?? c.now;
      let left = 0;
      for (let m = Math.min(until, due); m < Math.max(until, due); m += MIN) if (works(m)) left++;
      const timeLeft = (until <= due ? left : -left) * MIN;
      let state: string;
      if (to !== null && ownStop === null) state = to >= due ? 'breached' : 'superseded';
      else if (ownStop !== null) state = ownStop > due ? 'breached' : 'met';
      else if (c.now >= due) state = 'breached';
      else state = timeLeft <= 0.25 * minutes * MIN ? 'at-risk' : 'ok';
      if (state === 'breached') breaches.push({ clock: name, severity: seg.severity, at: due });
      return { due, state, timeLeft };
    };
    const response: { due: number; state: string } =
      carried ?? clock('response', target.responseMinutes, responded);
    if (carried === null && responded !== null && (to === null || responded < to)) {
      carried = { due: response.due, state: response.state };
    }
    const resolution = clock('resolution', target.resolutionMinutes, resolved);
    out.push({ severity: seg.severity, from: seg.from, to, response, resolution });
  }
  breaches.sort((a, b) => a.at - b.at);
  return { segments: out, breaches };
}

// ---- generated cases ------------------------------------------------------------------------

const minute = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((m) => m * MIN);

const calendarArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    days: fc.subarray(DAYS, { minLength: 3 }),
    spans: fc.uniqueArray(fc.constantFrom(...EDGES), { minLength: 2, maxLength: 4 }),
    holidays: fc.subarray(['2026-03-27', '2026-03-30', '2026-04-03', '2026-04-06']),
  })
  .map(({ zone, days, spans, holidays }): WorkingCalendar => {
    const edges = [...spans].sort((a, b) => hhmm(a) - hhmm(b));
    const day: TimeSpan[] = [];
    for (let i = 0; i + 1 < edges.length; i += 2) {
      day.push({ start: edges[i] ?? '00:00', end: edges[i + 1] ?? '24:00' });
    }
    const hours: WorkingCalendar['hours'] = {};
    for (const d of days) hours[d] = day;
    return { timeZone: zone, hours, holidays };
  });

const targetsArb = fc
  .array(fc.tuple(minute(1, 240), minute(30, 600)), { minLength: 4, maxLength: 4 })
  .map((list) => {
    const bySeverity = Object.fromEntries(
      list.map(([r, s], i) => [
        String(i + 1),
        { responseMinutes: r / MIN, resolutionMinutes: s / MIN },
      ]),
    ) as SlaTargets['essential'];
    return Object.fromEntries(PLAN_IDS.map((p) => [p, bySeverity])) as SlaTargets;
  });

const caseArb = fc
  .record({
    calendar: calendarArb,
    plan: fc.constantFrom<PlanId>(...PLAN_IDS),
    category: fc.constantFrom<IncidentCategory>(...INCIDENT_CATEGORIES),
    monitored: fc.boolean(),
    targets: targetsArb,
    reported: minute(-3 * 24 * 60, 2 * 24 * 60),
    // Offsets after the report, in minutes: changes, pauses, events, response, now.
    changes: fc.uniqueArray(fc.tuple(minute(1, 4 * 24 * 60), fc.constantFrom(...SEVERITIES)), {
      maxLength: 3,
      selector: ([t]) => t,
    }),
    pauses: fc.array(fc.tuple(minute(0, 4 * 24 * 60), minute(1, 12 * 60)), { maxLength: 2 }),
    events: fc.array(fc.tuple(minute(-24 * 60, 4 * 24 * 60), minute(1, 3 * 24 * 60)), {
      maxLength: 2,
    }),
    responded: fc.option(minute(0, 5 * 24 * 60)),
    severity: fc.constantFrom(...SEVERITIES),
    age: minute(0, 5 * 24 * 60),
  })
  .map((g): Case => {
    const reported = T0 + g.reported;
    const now = reported + g.age;
    const iso = (t: number) => new Date(t).toISOString();
    const changes = g.changes.filter(([t]) => t <= g.age).sort((a, b) => a[0] - b[0]);
    let prev = g.severity;
    const severityHistory: Array<{ at: string; from: Severity; to: Severity }> = [];
    for (const [t, to] of changes) {
      if (to === prev) continue;
      severityHistory.push({ at: iso(reported + t), from: prev, to });
      prev = to;
    }
    const statusHistory = g.pauses
      .filter(([from]) => from <= g.age)
      .sort((a, b) => a[0] - b[0])
      .reduce<Array<{ at: string; to: 'waiting-on-client' | 'in-progress' }>>(
        (acc, [from, len]) => {
          const last = acc[acc.length - 1];
          const start = Math.max(
            reported + from,
            last === undefined ? 0 : Date.parse(last.at) + MIN,
          );
          acc.push({ at: iso(start), to: 'waiting-on-client' });
          acc.push({ at: iso(start + len), to: 'in-progress' });
          return acc;
        },
        [],
      );
    const account: SlaAccount = {
      id: 'a1',
      plan: g.plan,
      businessCalendar: g.calendar,
      monitoredInterfaceIds: ['if1'],
    };
    const incident: SlaIncident = {
      severity: prev,
      severityHistory,
      category: g.category,
      interfaceId: g.category === 'interface' ? (g.monitored ? 'if1' : 'if2') : null,
      status: 'in-progress',
      statusHistory,
      reportedAt: iso(reported),
      respondedAt: g.responded === null || g.responded > g.age ? null : iso(reported + g.responded),
      resolvedAt: null,
      workaroundAt: null,
    };
    const events = g.events.map(([s, len], i) => ({
      id: `ev${i}`,
      accountId: 'a1',
      start: iso(reported + s),
      end: iso(reported + s + len),
      deletedAt: null,
    }));
    return { incident, account, targets: g.targets, events, now };
  });

describe('the SLA timeline engine against a minute-by-minute walker', () => {
  it('gives the same segments, due times, time left, states and breaches', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const settings = { slaTargets: c.targets, atRiskFraction: 0.25 };
        const sla = incidentSla(c.incident, c.account, settings, c.events, new Date(c.now));
        const model = naive(c);
        expect(
          sla.segments.map((s) => ({
            severity: s.severity,
            from: s.from.getTime(),
            to: s.to?.getTime() ?? null,
            response: [s.response.dueAt.getTime(), s.response.state],
            resolution: [s.resolution.dueAt.getTime(), s.resolution.state],
          })),
        ).toEqual(
          model.segments.map((s) => ({
            severity: s.severity,
            from: s.from,
            to: s.to,
            response: [s.response.due, s.response.state],
            resolution: [s.resolution.due, s.resolution.state],
          })),
        );
        const last = model.segments[model.segments.length - 1];
        expect(sla.resolution.timeLeftMs).toBe(last?.resolution.timeLeft);
        expect(sla.breaches.map((b) => ({ ...b, at: b.at.getTime() }))).toEqual(model.breaches);
      }),
      {
        numRuns: Number(process.env.SLA_PROPERTY_RUNS ?? 100),
        seed: Number(process.env.SLA_PROPERTY_SEED ?? 20261207),
      },
    );
  });
});

describe('the one-segment shortcut', () => {
  it('gives what the timeline path gives (forced by a window long after)', () => {
    // A window 120 days on is past every due time of these cases (targets ≤ 10 working hours,
    // at least 3 working days a week) but makes incidentSla build the timeline.
    const far = {
      id: 'far',
      accountId: 'a1',
      start: new Date(T0 + 120 * 24 * H).toISOString(),
      end: new Date(T0 + 121 * 24 * H).toISOString(),
      deletedAt: null,
    };
    fc.assert(
      fc.property(caseArb, (c) => {
        const incident = { ...c.incident, severityHistory: [] };
        const settings = { slaTargets: c.targets, atRiskFraction: 0.25 };
        const now = new Date(c.now);
        const short = incidentSla(incident, c.account, settings, [], now);
        const long = incidentSla(incident, c.account, settings, [far], now);
        const drop = (s: typeof short) => {
          // The clocks' coverage differs by construction: the window lies ahead in one of them.
          const explanation: Partial<typeof s.explanation> = { ...s.explanation };
          delete explanation.clocks;
          const text = { en: s.explanation.reasonText.en, fr: s.explanation.reasonText.fr };
          return {
            ...s,
            segments: s.segments.length,
            explanation: { ...explanation, reasonText: text },
          };
        };
        expect(drop(short)).toEqual(drop(long));
        expect(short.segments[0]?.coverage.resolution.map((s) => s.reason)).toEqual([
          short.explanation.reason,
        ]);
        expect(short.explanation.clocks.resolution.changesAt).toBeNull();
      }),
      { numRuns: 100, seed: 20261208 },
    );
  });
});
