import { addWorkingTime } from '@shared/calendar/index';
import type { IncidentStatus } from '@shared/domain/types';
import type { IncidentSla } from '@shared/sla/index';

/**
 * The first instant from `now` on at which the incident's alert state (at risk, breached) can
 * change while the incident stays as it is: its SLA need not be computed again before then.
 * Epoch ms; Infinity when only an edit can change it. Never later than the real change: a tick
 * that reaches it recomputes in full, so an early answer costs one computation, a late one a
 * missed alert.
 */
export function nextAlertChangeAt(
  sla: Pick<IncidentSla, 'response' | 'resolution' | 'explanation'>,
  incident: {
    statusHistory: ReadonlyArray<{ at: string; to: IncidentStatus }>;
    severityHistory: ReadonlyArray<{ at: string }>;
  },
  now: Date,
  atRiskFraction: number,
): number {
  const nowMs = now.getTime();
  const history = incident.statusHistory;
  // As waitingOnClientPauses reads the history: entries after now do not count yet.
  let paused = false;
  let lastAt = Number.NEGATIVE_INFINITY;
  let future = Number.POSITIVE_INFINITY;
  for (const h of history) {
    const t = Date.parse(h.at);
    if (Number.isNaN(t)) continue;
    if (t > nowMs) future = Math.min(future, t);
    else if (t >= lastAt) {
      lastAt = t;
      paused = h.to === 'waiting-on-client';
    }
  }
  // A severity change dated after now starts a new segment then.
  for (const h of incident.severityHistory) {
    const t = Date.parse(h.at);
    if (t > nowMs) future = Math.min(future, t);
  }
  const clocks = [sla.response, sla.resolution];
  // Breached is the last alert state: only an edit, or a change dated ahead, ends it.
  if (clocks.some((c) => c.state === 'breached')) return Math.max(future, nowMs);
  // Waiting on the client stops both clocks until the status changes. A status change dated
  // after now (a device clock ahead of ours) changes the pauses then.
  if (paused) return future;
  const atRisk = clocks.some((c) => c.state === 'at-risk');
  let next = future;
  for (const name of ['response', 'resolution'] as const) {
    const c = sla[name];
    if (c.stoppedAt !== null) continue; // met: nothing more to say
    next = Math.min(next, c.dueAt.getTime());
    // Where the clock's coverage changes (a special-event window), the pace changes: look again.
    const cover = sla.explanation.clocks[name];
    if (cover.changesAt !== null) next = Math.min(next, cover.changesAt.getTime());
    if (c.state === 'ok' && !atRisk) {
      // At risk once the working time left falls to the fraction of the target.
      const untilRiskMs = Math.max(0, Math.floor(c.timeLeftMs - atRiskFraction * c.targetMs));
      next = Math.min(next, riskAt(now, untilRiskMs, cover.calendar));
    }
  }
  return Math.max(next, nowMs);
}

function riskAt(
  now: Date,
  workingMs: number,
  calendar: IncidentSla['explanation']['calendar'],
): number {
  try {
    return addWorkingTime(now, workingMs, calendar).getTime();
  } catch {
    // A calendar too sparse to walk: working time never outruns wall time, so this is early.
    return now.getTime() + workingMs;
  }
}
