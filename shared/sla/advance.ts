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

function advanceClock(c: SlaClock, elapsedMs: number, now: Date, atRiskFraction: number): SlaClock {
  if (c.stoppedAt !== null) return c; // a stopped clock no longer depends on now
  return slaClockAt(c.targetMs, c.dueAt, null, c.timeLeftMs - elapsedMs, now, atRiskFraction);
}

/**
 * `incidentSla(…, now)` from `incidentSla(…, from)` without walking the calendar again, for an
 * incident whose pauses are settled at `from` (see pausesSettled) and `now ≥ from`: due times
 * and stops stay put and the running clocks lose the working time elapsed in between. Working
 * time is additive over whole milliseconds, so this is exactly what incidentSla gives at `now`.
 * `elapsedMs` lets a caller share one workingTimeBetween(from, now) per calendar.
 */
export function advanceIncidentSla(
  sla: IncidentSla,
  from: Date,
  now: Date,
  atRiskFraction: number,
  elapsedMs: number = workingTimeBetween(from, now, sla.explanation.calendar),
): IncidentSla {
  if (now.getTime() < from.getTime()) {
    throw new RangeError('advanceIncidentSla only moves forward in time: recompute instead.');
  }
  return {
    response: advanceClock(sla.response, elapsedMs, now, atRiskFraction),
    resolution: advanceClock(sla.resolution, elapsedMs, now, atRiskFraction),
    explanation: sla.explanation,
  };
}
