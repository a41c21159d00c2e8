import type { Pause } from '../calendar/types';
import type { CalendarSpan } from './timeline';
import { dueOnTimeline, workingOnTimeline } from './timeline';

/** `superseded`: the clock of a severity that was changed while it ran, not late at the change. */
export type SlaState = 'ok' | 'at-risk' | 'breached' | 'met' | 'superseded';
export interface SlaClock {
  targetMs: number;
  dueAt: Date;
  /** When the clock stopped (responded / resolved or worked around / severity changed), else null. */
  stoppedAt: Date | null;
  /** Signed working time from now (or the stop) to the due time; negative once late. */
  timeLeftMs: number;
  state: SlaState;
  breachedSince: Date | null;
}

/** A clock from its due time, stop and working time left: the one rule for its state. */
export function slaClockAt(
  targetMs: number,
  dueAt: Date,
  stoppedAt: Date | null,
  timeLeftMs: number,
  now: Date,
  atRiskFraction: number,
): SlaClock {
  // A stopped clock is late only if it stopped after the due time; a running one once due.
  const late = stoppedAt !== null ? +stoppedAt > +dueAt : +now >= +dueAt;
  let state: SlaState;
  if (late) state = 'breached';
  else if (stoppedAt !== null) state = 'met';
  else state = timeLeftMs <= atRiskFraction * targetMs ? 'at-risk' : 'ok';
  return { targetMs, dueAt, stoppedAt, timeLeftMs, state, breachedSince: late ? dueAt : null };
}

export interface ClockRun {
  spans: CalendarSpan[];
  start: number;
  targetMs: number;
  /** The clock's own stop (response, resolution), when it falls in its segment. */
  stop: number | null;
  /** The severity change that ends the segment, or null for the current one. */
  changeAt: number | null;
}

export function runClock(
  run: ClockRun,
  pauses: Pause[],
  now: Date,
  atRiskFraction: number,
): SlaClock {
  const { spans, start, targetMs, stop, changeAt } = run;
  const dueAt = dueOnTimeline(spans, start, targetMs, pauses);
  if (changeAt !== null && stop === null) {
    // Still running when the severity changed: frozen there, breached only if already due.
    const late = changeAt >= dueAt.getTime();
    return {
      targetMs,
      dueAt,
      stoppedAt: new Date(changeAt),
      timeLeftMs: workingOnTimeline(spans, changeAt, dueAt.getTime(), pauses),
      state: late ? 'breached' : 'superseded',
      breachedSince: late ? dueAt : null,
    };
  }
  const timeLeftMs = workingOnTimeline(spans, stop ?? now.getTime(), dueAt.getTime(), pauses);
  const stoppedAt = stop === null ? null : new Date(stop);
  return slaClockAt(targetMs, dueAt, stoppedAt, timeLeftMs, now, atRiskFraction);
}

/** Real time spent waiting on the client after the report. */
export function pausedMsOf(pauses: readonly Pause[], reportedAt: number) {
  let sum = 0;
  for (const p of pauses)
    sum += Math.max(0, p.to.getTime() - Math.max(p.from.getTime(), reportedAt));
  return sum;
}
