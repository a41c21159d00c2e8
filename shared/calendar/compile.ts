import { DAY_MS, MINUTE_MS, dayNumberOf, weekdayIndex } from './dates';
import type { WorkingCalendar } from './types';
import { WEEKDAYS } from './types';
import { assertTimeZone, localDayOf, startOfLocalDay, wallToInstant } from './zone';

/** A calendar checked once and turned into numbers, with its day spans memoised. */
export interface CompiledCalendar {
  readonly timeZone: string;
  /** Local day containing instant t. */
  dayOf(t: number): number;
  /** Working spans of a local day as instants [s0, e0, s1, e1, ...], sorted, disjoint. */
  spans(day: number): readonly number[];
}

const HHMM = /^(\d{2}):(\d{2})$/;

function parseHhmm(value: string, day: string): number {
  const m = HHMM.exec(value);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (m === null || h > 24 || min > 59 || (h === 24 && min !== 0)) {
    throw new RangeError(
      `Working hours for ${day}: "${value}" is not a time in HH:MM form (00:00 to 24:00).`,
    );
  }
  return h * 60 + min;
}

/** Validated local spans in minutes per weekday (0 = Monday), merged. */
function weeklyMinutes(calendar: WorkingCalendar): number[][] {
  const week: number[][] = [[], [], [], [], [], [], []];
  for (const key of Object.keys(calendar.hours)) {
    const idx = WEEKDAYS.indexOf(key as (typeof WEEKDAYS)[number]);
    if (idx < 0) {
      throw new RangeError(
        `Unknown weekday "${key}" in working hours: use mon, tue, wed, thu, fri, sat or sun.`,
      );
    }
    const spans = calendar.hours[key as (typeof WEEKDAYS)[number]] ?? [];
    const pairs: Array<[number, number]> = [];
    for (const span of spans) {
      const s = parseHhmm(span.start, key);
      const e = parseHhmm(span.end, key);
      if (e <= s) {
        throw new RangeError(
          `Working hours for ${key}: the span ${span.start}–${span.end} ends before it starts.`,
        );
      }
      pairs.push([s, e]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const flat: number[] = [];
    for (const [s, e] of pairs) {
      const last = flat.length - 1;
      // Overlapping or touching spans of one day become one.
      if (last > 0 && s <= (flat[last] ?? 0)) flat[last] = Math.max(flat[last] ?? 0, e);
      else flat.push(s, e);
    }
    week[idx] = flat;
  }
  if (week.every((d) => d.length === 0)) {
    throw new RangeError('The calendar has no working time at all: add working hours to a day.');
  }
  return week;
}

const DAY_CACHE_LIMIT = 4096;

function compile(calendar: WorkingCalendar): CompiledCalendar {
  const { timeZone } = calendar;
  if (typeof timeZone !== 'string') throw new RangeError('The calendar has no time zone.');
  assertTimeZone(timeZone);
  const week = weeklyMinutes(calendar);
  const holidays = new Set((calendar.holidays ?? []).map((h) => dayNumberOf(h, 'Holiday')));
  const cache = new Map<number, readonly number[]>();

  function build(day: number): readonly number[] {
    if (holidays.has(day)) return [];
    const local = week[weekdayIndex(day)] ?? [];
    if (local.length === 0) return [];
    const dayStart = startOfLocalDay(timeZone, day);
    const dayEnd = startOfLocalDay(timeZone, day + 1);
    const base = day * DAY_MS;
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < local.length; i += 2) {
      // Wall times map through the zone; gaps/overlaps make real lengths differ.
      const s = Math.max(dayStart, wallToInstant(timeZone, base + (local[i] ?? 0) * MINUTE_MS));
      const e = Math.min(dayEnd, wallToInstant(timeZone, base + (local[i + 1] ?? 0) * MINUTE_MS));
      if (e > s) pairs.push([s, e]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const out: number[] = [];
    for (const [s, e] of pairs) {
      const last = out.length - 1;
      if (last > 0 && s <= (out[last] ?? 0)) out[last] = Math.max(out[last] ?? 0, e);
      else out.push(s, e);
    }
    return out;
  }

  return {
    timeZone,
    dayOf: (t) => localDayOf(timeZone, t),
    spans(day) {
      let s = cache.get(day);
      if (s === undefined) {
        s = build(day);
        if (cache.size >= DAY_CACHE_LIMIT) {
          // Evict the oldest entry (Map keeps insertion order).
          const oldest = cache.keys().next();
          if (oldest.done !== true) cache.delete(oldest.value);
        }
        cache.set(day, s);
      }
      return s;
    },
  };
}

// Calendars are treated as immutable values: one compilation per object.
const compiled = new WeakMap<WorkingCalendar, CompiledCalendar>();

export function compileCalendar(calendar: WorkingCalendar): CompiledCalendar {
  let c = compiled.get(calendar);
  if (c === undefined) {
    c = compile(calendar);
    compiled.set(calendar, c);
  }
  return c;
}

/** Throws a RangeError if the calendar is malformed; returns it otherwise. */
export function validateCalendar(calendar: WorkingCalendar): WorkingCalendar {
  compileCalendar(calendar);
  return calendar;
}
