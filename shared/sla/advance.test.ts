import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeklyCalendar } from '../calendar/presets';
import { workingTimeBetween } from '../calendar/working-time';
import { INCIDENT_CATEGORIES, PLAN_IDS, SEVERITIES } from '../domain/types';
import { defaultSlaTargets } from '../plans/targets';
import { advanceIncidentSla, pausesSettled, severitySettled, slaStableUntil } from './advance';
import type { SlaAccount, SlaIncident } from './incident-sla';
import { incidentSla } from './incident-sla';

const MIN = 60_000;
const H = 60 * MIN;
const T0 = Date.UTC(2026, 2, 20); // a week before the European DST change
const iso = (ms: number) => new Date(ms).toISOString();
const settings = { slaTargets: defaultSlaTargets(), atRiskFraction: 0.25 };
const paris = weeklyCalendar(
  'Europe/Paris',
  ['mon', 'tue', 'wed', 'thu', 'fri'],
  [
    { start: '08:30', end: '12:00' },
    { start: '13:30', end: '18:00' },
  ],
  ['2026-03-25'],
);
const calendars = [
  paris,
  weeklyCalendar(
    'America/New_York',
    ['mon', 'tue', 'wed', 'thu'],
    [{ start: '07:00', end: '19:00' }],
  ),
];

/** A reported incident with closed waiting-on-client spans, maybe responded, before `at`. */
const settledIncident = fc
  .record({
    severity: fc.constantFrom(...SEVERITIES),
    category: fc.constantFrom(...INCIDENT_CATEGORIES),
    reportedAgo: fc.integer({ min: 0, max: 240 * H }),
    pauses: fc.array(
      fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1000 })),
      {
        maxLength: 3,
      },
    ),
    respondedAfter: fc.option(fc.integer({ min: 0, max: 1000 })),
    changes: fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(...SEVERITIES)), {
      maxLength: 2,
    }),
    monitored: fc.boolean(),
  })
  .map(
    ({
      severity,
      category,
      reportedAgo,
      pauses,
      respondedAfter,
      changes,
      monitored,
    }): SlaIncident => {
      const reported = T0 - reportedAgo;
      // Spans in per-mille of the time since the report, so every change lies before T0.
      const at = (permille: number) => reported + Math.floor((reportedAgo * permille) / 1000);
      const statusHistory = pauses.flatMap(([from, len]) => [
        { at: iso(at(Math.min(from, 999))), to: 'waiting-on-client' as const },
        { at: iso(at(Math.min(from + len, 1000))), to: 'in-progress' as const },
      ]);
      // Severity changes, all before T0: the chain from the first `from` to the current severity.
      const sorted = [...changes].sort((a, b) => a[0] - b[0]);
      let prev = sorted[0]?.[1] ?? severity;
      const severityHistory = sorted.map(([when, to], k) => {
        const next = k === sorted.length - 1 ? severity : to;
        const entry = { at: iso(at(when)), from: prev, to: next };
        prev = next;
        return entry;
      });
      return {
        severity,
        severityHistory,
        category,
        interfaceId: category === 'interface' ? (monitored ? 'if1' : 'if-unmonitored') : null,
        status: 'in-progress',
        statusHistory,
        reportedAt: iso(reported),
        respondedAt: respondedAfter === null ? null : iso(at(respondedAfter)),
        resolvedAt: null,
        workaroundAt: null,
      };
    },
  );

const account = fc.record({
  id: fc.constant('a1'),
  plan: fc.constantFrom(...PLAN_IDS),
  businessCalendar: fc.constantFrom(...calendars),
  monitoredInterfaceIds: fc.constant(['if1']),
}) satisfies fc.Arbitrary<SlaAccount>;

/** Special-event windows around T0, some ahead of it: an advance must stop at their edges. */
const events = fc
  .array(fc.tuple(fc.integer({ min: -96, max: 120 }), fc.integer({ min: 1, max: 60 })), {
    maxLength: 2,
  })
  .map((list) =>
    list.map(([s, len], i) => ({
      id: `ev${i}`,
      accountId: 'a1',
      start: iso(T0 + s * H),
      end: iso(T0 + (s + len) * H),
      deletedAt: null,
    })),
  );

// Ticks of 30 s to 3 days: they cross due times, weekends, a holiday and the DST change.
const steps = fc.array(fc.integer({ min: 30_000, max: 72 * H }), { minLength: 1, maxLength: 8 });

describe('advanceIncidentSla', () => {
  it('equals a fresh incidentSla at every later tick while the pauses are settled', () => {
    fc.assert(
      fc.property(settledIncident, account, events, steps, (incident, acc, evs, deltas) => {
        const from = new Date(T0);
        expect(pausesSettled(incident.statusHistory, from)).toBe(true);
        expect(severitySettled(incident.severityHistory, from)).toBe(true);
        let sla = incidentSla(incident, acc, settings, evs, from);
        let at = from;
        for (const delta of deltas) {
          const now = new Date(at.getTime() + delta);
          const fresh = incidentSla(incident, acc, settings, evs, now);
          if (now.getTime() > slaStableUntil(sla)) {
            // Past a coverage edge the advance refuses; the caller recomputes.
            expect(() => advanceIncidentSla(sla, at, now, settings.atRiskFraction)).toThrow(
              RangeError,
            );
            sla = fresh;
          } else {
            sla = advanceIncidentSla(sla, at, now, settings.atRiskFraction);
            expect(sla).toEqual(fresh);
          }
          at = now;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes a shared elapsed time and refuses to go back in time', () => {
    const acc = {
      id: 'a1',
      plan: 'premium' as const,
      businessCalendar: paris,
      monitoredInterfaceIds: [],
    };
    const incident: SlaIncident = {
      severity: 3,
      severityHistory: [],
      category: 'application',
      interfaceId: null,
      status: 'new',
      statusHistory: [],
      reportedAt: iso(T0 - 2 * H),
      respondedAt: null,
      resolvedAt: null,
      workaroundAt: null,
    };
    const from = new Date(T0);
    const now = new Date(T0 + 4 * 24 * H);
    const sla = incidentSla(incident, acc, settings, [], from);
    const elapsed = workingTimeBetween(from, now, sla.explanation.calendar);
    const moved = advanceIncidentSla(sla, from, now, 0.25, () => elapsed);
    expect(moved).toEqual(incidentSla(incident, acc, settings, [], now));
    expect(moved.response.state).toBe('breached');
    expect(() => advanceIncidentSla(sla, now, from, 0.25)).toThrow(RangeError);
  });

  it('would be wrong for an open pause: that is what pausesSettled rules out', () => {
    const acc = {
      id: 'a1',
      plan: 'premium' as const,
      businessCalendar: paris,
      monitoredInterfaceIds: [],
    };
    const incident: SlaIncident = {
      severity: 3,
      severityHistory: [],
      category: 'application',
      interfaceId: null,
      status: 'waiting-on-client',
      statusHistory: [{ at: iso(T0 - H), to: 'waiting-on-client' }],
      reportedAt: iso(T0 - 26 * H),
      respondedAt: null,
      resolvedAt: null,
      workaroundAt: null,
    };
    const from = new Date(T0 + 10 * H); // Friday 11:00 Paris
    const now = new Date(from.getTime() + 3 * H);
    expect(pausesSettled(incident.statusHistory, from)).toBe(false);
    const fresh = incidentSla(incident, acc, settings, [], now);
    const moved = advanceIncidentSla(
      incidentSla(incident, acc, settings, [], from),
      from,
      now,
      0.25,
    );
    expect(moved.resolution.dueAt).not.toEqual(fresh.resolution.dueAt);
  });
});

describe('pausesSettled', () => {
  const at = new Date(T0);
  const h = (ms: number, to: SlaIncident['status']) => ({ at: iso(ms), to });

  it('is true without history or once every pause has ended', () => {
    expect(pausesSettled([], at)).toBe(true);
    expect(pausesSettled([h(T0 - 2 * H, 'waiting-on-client'), h(T0 - H, 'in-progress')], at)).toBe(
      true,
    );
  });

  it('is false while waiting on the client or when a change lies after `at`', () => {
    expect(pausesSettled([h(T0 - H, 'waiting-on-client')], at)).toBe(false);
    expect(pausesSettled([h(T0 + MIN, 'in-progress')], at)).toBe(false);
  });

  it('reads the latest change, ties in history order, ignoring unparsable times', () => {
    const history = [
      h(T0 - H, 'in-progress'),
      h(T0 - 2 * H, 'waiting-on-client'),
      { at: 'not a date', to: 'waiting-on-client' as const },
    ];
    expect(pausesSettled(history, at)).toBe(true);
    expect(pausesSettled([h(T0 - H, 'in-progress'), h(T0 - H, 'waiting-on-client')], at)).toBe(
      false,
    );
    expect(pausesSettled([h(T0 - H, 'waiting-on-client'), h(T0 - H, 'in-progress')], at)).toBe(
      true,
    );
  });
});
