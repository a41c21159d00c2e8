import type { Pause, WorkingCalendar } from '../calendar/types';
import { slaDueAt, workingTimeBetween } from '../calendar/working-time';

/** A stretch [from, to) of time on one calendar; the last one runs on for ever. */
export interface CalendarSpan {
  from: number;
  to: number;
  calendar: WorkingCalendar;
}

/**
 * Spans from coverage decisions: the first reaches back for ever (an instant before the clock
 * started is measured on the calendar it started on), the last forward.
 */
export function calendarSpans(
  spans: ReadonlyArray<{ from: Date; to: Date | null; calendar: WorkingCalendar }>,
): CalendarSpan[] {
  return spans.map((s, i) => ({
    from: i === 0 ? Number.NEGATIVE_INFINITY : s.from.getTime(),
    to: s.to === null || i === spans.length - 1 ? Number.POSITIVE_INFINITY : s.to.getTime(),
    calendar: s.calendar,
  }));
}

/**
 * When `targetMs` of working time has elapsed after `start`, counted on each span's calendar in
 * turn and stopped during pauses: `slaDueAt` across calendar switches.
 */
export function dueOnTimeline(
  spans: readonly CalendarSpan[],
  start: number,
  targetMs: number,
  pauses: Pause[],
): Date {
  let remaining = targetMs;
  for (const span of spans) {
    if (span.to <= start) continue;
    const s = new Date(Math.max(start, span.from));
    if (span.to === Number.POSITIVE_INFINITY) return slaDueAt(s, remaining, span.calendar, pauses);
    const available = workingTimeBetween(s, new Date(span.to), span.calendar, pauses);
    // Equal and positive: the target is reached inside this span, at its last working instant.
    if (available > remaining || (available === remaining && remaining > 0)) {
      return slaDueAt(s, remaining, span.calendar, pauses);
    }
    remaining -= available;
  }
  throw new RangeError('The coverage timeline has no last span.');
}

function measure(spans: readonly CalendarSpan[], a: number, b: number, pauses: Pause[]): number {
  let total = 0;
  for (const span of spans) {
    const s = Math.max(a, span.from);
    const e = Math.min(b, span.to);
    if (e > s) total += workingTimeBetween(new Date(s), new Date(e), span.calendar, pauses);
  }
  return total;
}

/** Working time between two instants across the spans' calendars; signed like workingTimeBetween. */
export function workingOnTimeline(
  spans: readonly CalendarSpan[],
  from: number,
  to: number,
  pauses: Pause[],
): number {
  return from <= to ? measure(spans, from, to, pauses) : 0 - measure(spans, to, from, pauses);
}
