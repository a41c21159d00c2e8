import type { CompiledCalendar } from './compile';
import { compileCalendar } from './compile';
import type { Pause, WorkingCalendar } from './types';

/** Consecutive days with no working time before we give up (holidays-forever calendars). */
export const MAX_IDLE_DAYS = 732;
/** Longest walk, in days, for one computation (about 50 years). */
export const MAX_WALK_DAYS = 18_300;

function instant(d: Date, what: string): number {
  const t = d instanceof Date ? d.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError(`${what} is not a valid date.`);
  return t;
}

function duration(ms: number, what: string): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`${what} must be a finite number of milliseconds ≥ 0 (got ${ms}).`);
  }
  return ms;
}

/** Sorted, merged pauses as flat [from0, to0, from1, to1, ...]. */
export function mergePauses(pauses: readonly Pause[] = []): number[] {
  const pairs: Array<[number, number]> = pauses.map((p, i) => {
    const from = instant(p.from, `Pause ${i + 1} start`);
    const to = instant(p.to, `Pause ${i + 1} end`);
    if (to < from) throw new RangeError(`Pause ${i + 1} ends before it starts.`);
    return [from, to];
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [from, to] of pairs) {
    if (to === from) continue;
    const last = out.length - 1;
    if (last > 0 && from <= (out[last] ?? 0)) out[last] = Math.max(out[last] ?? 0, to);
    else out.push(from, to);
  }
  return out;
}

function idleError(cc: CompiledCalendar, days: number): RangeError {
  return new RangeError(
    `No working time found in ${days} consecutive days (time zone ${cc.timeZone}): ` +
      'check the calendar’s working hours and holidays.',
  );
}

/** Walks working time from t, skipping pauses, until `remaining` ms have counted. */
function walk(cc: CompiledCalendar, t: number, remaining: number, pauses: number[]): number {
  let day = cc.dayOf(t);
  let pi = 0;
  let idle = 0;
  for (let walked = 0; walked < MAX_WALK_DAYS; walked++, day++) {
    const spans = cc.spans(day);
    if (spans.length === 0) {
      if (++idle > MAX_IDLE_DAYS) throw idleError(cc, MAX_IDLE_DAYS);
      continue;
    }
    idle = 0;
    for (let i = 0; i < spans.length; i += 2) {
      const e = spans[i + 1] ?? 0;
      if (e <= t) continue;
      let s = Math.max(spans[i] ?? 0, t);
      while (s < e) {
        while (pi < pauses.length && (pauses[pi + 1] ?? 0) <= s) pi += 2;
        const pFrom = pi < pauses.length ? (pauses[pi] ?? 0) : Number.POSITIVE_INFINITY;
        if (pFrom <= s) {
          s = pauses[pi + 1] ?? 0; // inside a pause: jump to its end
          continue;
        }
        const segEnd = Math.min(e, pFrom);
        // '<=' keeps a due time that lands on a span's end at that end.
        if (s + remaining <= segEnd) return s + remaining;
        remaining -= segEnd - s;
        s = segEnd;
      }
      t = e;
    }
  }
  throw new RangeError(`The due time lies more than ${MAX_WALK_DAYS} days ahead.`);
}

/** Working time in [a, b), a ≤ b, minus pauses. */
function measure(cc: CompiledCalendar, a: number, b: number, pauses: number[]): number {
  let total = 0;
  let pi = 0;
  const lastDay = cc.dayOf(b);
  for (let day = cc.dayOf(a); day <= lastDay; day++) {
    const spans = cc.spans(day);
    for (let i = 0; i < spans.length; i += 2) {
      const e = Math.min(spans[i + 1] ?? 0, b);
      let s = Math.max(spans[i] ?? 0, a);
      while (s < e) {
        while (pi < pauses.length && (pauses[pi + 1] ?? 0) <= s) pi += 2;
        const pFrom = pi < pauses.length ? (pauses[pi] ?? 0) : Number.POSITIVE_INFINITY;
        if (pFrom <= s) {
          s = pauses[pi + 1] ?? 0;
          continue;
        }
        const segEnd = Math.min(e, pFrom);
        total += segEnd - s;
        s = segEnd;
      }
    }
  }
  return total;
}

/**
 * The instant at which `durationMs` of working time has elapsed after `start`.
 * A start outside working time counts from the next opening; duration 0 returns
 * the start when it is inside working time, else the next opening.
 */
export function addWorkingTime(start: Date, durationMs: number, calendar: WorkingCalendar): Date {
  const t = instant(start, 'start');
  const d = duration(durationMs, 'durationMs');
  return new Date(walk(compileCalendar(calendar), t, d, []));
}

/**
 * Working time between two instants, minus pauses (overlapping pauses merged).
 * Signed: if `to` is before `from` the result is −workingTimeBetween(to, from).
 */
export function workingTimeBetween(
  from: Date,
  to: Date,
  calendar: WorkingCalendar,
  pauses?: Pause[],
): number {
  const a = instant(from, 'from');
  const b = instant(to, 'to');
  const cc = compileCalendar(calendar);
  const merged = mergePauses(pauses);
  // 0 - x, not -x: never return -0.
  return a <= b ? measure(cc, a, b, merged) : 0 - measure(cc, b, a, merged);
}

/** Due time of a target of `targetMs` working time from `start`, the clock stopped during pauses. */
export function slaDueAt(
  start: Date,
  targetMs: number,
  calendar: WorkingCalendar,
  pauses?: Pause[],
): Date {
  const t = instant(start, 'start');
  const d = duration(targetMs, 'targetMs');
  return new Date(walk(compileCalendar(calendar), t, d, mergePauses(pauses)));
}

/** True when instant `at` is inside a working span (span ends excluded). */
export function isWorkingTime(at: Date, calendar: WorkingCalendar): boolean {
  const t = instant(at, 'at');
  const cc = compileCalendar(calendar);
  const spans = cc.spans(cc.dayOf(t));
  for (let i = 0; i < spans.length; i += 2) {
    if ((spans[i] ?? 0) <= t && t < (spans[i + 1] ?? 0)) return true;
  }
  return false;
}
