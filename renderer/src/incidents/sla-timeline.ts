import { holidaysBetween, type HolidayInRange } from '@shared/calendar/holidays';
import type { Coverage } from '@shared/domain/types';
import type { CoverageSpan } from '@shared/plans/coverage';
import type { IncidentSla, SlaBreach, SlaClock, SlaClockName, SlaSegment } from '@shared/sla/index';

/**
 * What "Why this due time" and the breach history show, read off the SLA timeline as codes and
 * instants; the components word them. No SLA rule is decided here: the engine did that.
 */

/** One clock's outcome in its segment. */
export type ClockOutcome =
  /** A response given in an earlier segment, carried as it was. */
  | { kind: 'given-before'; at: Date }
  | { kind: 'met'; at: Date }
  | { kind: 'met-late'; at: Date; since: Date }
  /** Late and not stopped by a response or resolution; `endedAt` when a severity change ended it. */
  | { kind: 'breached'; since: Date; endedAt: Date | null }
  | { kind: 'superseded'; at: Date; leftMs: number }
  | { kind: 'running'; dueAt: Date; atRisk: boolean };

export function clockOutcome(clock: SlaClock, segment: SlaSegment): ClockOutcome {
  const stop = clock.stoppedAt;
  if (stop !== null && stop.getTime() < segment.from.getTime()) {
    return { kind: 'given-before', at: stop };
  }
  const ended = stop !== null && segment.to !== null && stop.getTime() === segment.to.getTime();
  switch (clock.state) {
    case 'superseded':
      return { kind: 'superseded', at: stop ?? segment.from, leftMs: clock.timeLeftMs };
    case 'breached': {
      const since = clock.breachedSince ?? clock.dueAt;
      if (stop !== null && !ended) return { kind: 'met-late', at: stop, since };
      return { kind: 'breached', since, endedAt: ended ? stop : null };
    }
    case 'met':
      return { kind: 'met', at: stop ?? clock.dueAt };
    case 'ok':
    case 'at-risk':
      return { kind: 'running', dueAt: clock.dueAt, atRisk: clock.state === 'at-risk' };
  }
}

/** A clock's coverage spans, or both clocks' when they are the same all along. */
export interface CoverageLine {
  clocks: SlaClockName[];
  spans: CoverageSpan[];
}

const sameSpans = (a: readonly CoverageSpan[], b: readonly CoverageSpan[]) =>
  a.length === b.length &&
  a.every((s, i) => {
    const o = b[i];
    return (
      o !== undefined &&
      s.coverage === o.coverage &&
      s.reason === o.reason &&
      s.specialEventId === o.specialEventId &&
      s.from.getTime() === o.from.getTime() &&
      (s.to?.getTime() ?? null) === (o.to?.getTime() ?? null)
    );
  });

export function coverageLines(segment: SlaSegment): CoverageLine[] {
  const { response, resolution } = segment.coverage;
  if (sameSpans(response, resolution))
    return [{ clocks: ['response', 'resolution'], spans: response }];
  return [
    { clocks: ['response'], spans: response },
    { clocks: ['resolution'], spans: resolution },
  ];
}

/**
 * The coverage a target is stated in: the usual rule's (outside special events), as a target
 * is set per severity and plan, not per event.
 */
export function targetCoverage(spans: readonly CoverageSpan[]): Coverage {
  return (
    (spans.find((s) => s.reason !== 'special-event') ?? spans[0])?.coverage ?? 'business-hours'
  );
}

/** The end of the time the timeline shows: now, or the latest due time if later. */
export function timelineEnd(sla: IncidentSla, now: Date): Date {
  let end = now.getTime();
  for (const s of sla.segments) {
    for (const clock of [s.response, s.resolution]) end = Math.max(end, clock.dueAt.getTime());
  }
  return new Date(end);
}

/**
 * The holidays that fall inside business-hours coverage between the report and the timeline's
 * end: the days no working time was (or will be) counted. On 24x7 or 24x5 a holiday changes
 * nothing, so it is not listed.
 */
export function holidaysInTimeline(sla: IncidentSla, now: Date): HolidayInRange[] {
  const end = timelineEnd(sla, now).getTime();
  const found = new Map<string, HolidayInRange>();
  for (const segment of sla.segments) {
    for (const spans of [segment.coverage.response, segment.coverage.resolution]) {
      for (const span of spans) {
        if (span.coverage !== 'business-hours') continue;
        const from = span.from.getTime();
        const to = Math.min(span.to?.getTime() ?? end, end);
        if (to <= from) continue;
        for (const h of holidaysBetween(span.calendar, new Date(from), new Date(to))) {
          found.set(h.date, h);
        }
      }
    }
  }
  return [...found.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Breaches other than the current clocks' own (those the clocks themselves show): breaches
 * under an earlier severity, kept after the change.
 */
export function earlierBreaches(sla: IncidentSla): SlaBreach[] {
  const current = sla.segments[sla.segments.length - 1];
  return sla.breaches.filter((b) => {
    if (current === undefined || b.severity !== current.severity) return true;
    const since = current[b.clock].breachedSince;
    return since === null || since.getTime() !== b.at.getTime();
  });
}
