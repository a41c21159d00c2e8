import type { WorkingCalendar } from '../calendar/types';
import { workingTimeBetween } from '../calendar/working-time';
import type { IncidentStatus } from '../domain/types';
import type { IncidentSla, SlaClock } from './incident-sla';
import { slaClockAt } from './incident-sla';

/**
 * True when the waiting-on-client pauses of `history` are the same at every instant from `at`
 * on: no status change lies after `at`, and the latest one does not open a pause (an open pause
 * grows with now). Mirrors waitingOnClientPauses: unparsable entries are ignored, ties keep the
 * history's order.
 */
export function pausesSettled(
  history: ReadonlyArray<{ at: string; to: IncidentStatus }>,
  at: Date,
): boolean {
  const atMs = at.getTime();
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastTo: IncidentStatus | null = null;
  for (const h of history) {
    const t = Date.parse(h.at);
    if (Number.isNaN(t)) continue;
    if (t > atMs) return false;
    if (t >= lastAt) {
      lastAt = t;
      lastTo = h.to;
    }
  }
  return lastTo !== 'waiting-on-client';
}

/**
 * The first instant at which an advanced result stops being exact: a running clock's coverage
 * changes (a special-event window opens or closes). Epoch ms; Infinity when none is ahead.
 */
export function slaStableUntil(sla: Pick<IncidentSla, 'response' | 'resolution' | 'explanation'>) {
  let until = Number.POSITIVE_INFINITY;
  for (const name of ['response', 'resolution'] as const) {
    const changesAt = sla.explanation.clocks[name].changesAt;
    if (sla[name].stoppedAt === null && changesAt !== null) {
      until = Math.min(until, changesAt.getTime());
    }
  }
  return until;
}

/** True when no severity change lies after `at` (a change dated ahead starts a segment then). */
export function severitySettled(history: ReadonlyArray<{ at: string }>, at: Date): boolean {
  const atMs = at.getTime();
  return history.every((h) => !(Date.parse(h.at) > atMs));
}

function advanceClock(c: SlaClock, elapsedMs: number, now: Date, atRiskFraction: number): SlaClock {
  if (c.stoppedAt !== null) return c; // a stopped clock no longer depends on now
  return slaClockAt(c.targetMs, c.dueAt, null, c.timeLeftMs - elapsedMs, now, atRiskFraction);
}

/**
 * `incidentSla(…, now)` from `incidentSla(…, from)` without walking the calendar again, for an
 * incident whose pauses and severity are settled at `from` (see pausesSettled,
 * severitySettled) and `from ≤ now ≤ slaStableUntil(sla)`: due times and stops stay put and the
 * running clocks lose the working time elapsed in between on their own calendar. Working time is
 * additive over whole milliseconds, so this is exactly what incidentSla gives at `now`.
 * `elapsed` lets a caller share one workingTimeBetween(from, now) per calendar.
 */
export function advanceIncidentSla(
  sla: IncidentSla,
  from: Date,
  now: Date,
  atRiskFraction: number,
  elapsed: (calendar: WorkingCalendar) => number = (calendar) =>
    workingTimeBetween(from, now, calendar),
): IncidentSla {
  if (now.getTime() < from.getTime()) {
    throw new RangeError('advanceIncidentSla only moves forward in time: recompute instead.');
  }
  if (now.getTime() > slaStableUntil(sla)) {
    throw new RangeError('The coverage changes before now: recompute instead.');
  }
  // Nothing runs: nothing depends on now any more.
  if (sla.response.stoppedAt !== null && sla.resolution.stoppedAt !== null) return sla;
  const { clocks } = sla.explanation;
  const response = advanceClock(
    sla.response,
    sla.response.stoppedAt === null ? elapsed(clocks.response.calendar) : 0,
    now,
    atRiskFraction,
  );
  const resolution = advanceClock(
    sla.resolution,
    sla.resolution.stoppedAt === null ? elapsed(clocks.resolution.calendar) : 0,
    now,
    atRiskFraction,
  );
  const last = sla.segments[sla.segments.length - 1];
  const severity = sla.explanation.severity;
  let breaches = sla.breaches;
  for (const [clock, before, after] of [
    ['response', sla.response, response],
    ['resolution', sla.resolution, resolution],
  ] as const) {
    if (before.breachedSince === null && after.breachedSince !== null) {
      breaches = [...breaches, { clock, severity, at: after.breachedSince }];
      breaches.sort((a, b) => a.at.getTime() - b.at.getTime());
    }
  }
  return {
    response,
    resolution,
    segments:
      last === undefined
        ? sla.segments
        : [...sla.segments.slice(0, -1), { ...last, response, resolution }],
    breaches,
    explanation: sla.explanation,
  };
}
