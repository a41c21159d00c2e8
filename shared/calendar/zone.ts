import { DAY_MS } from './dates';

/**
 * Time-zone arithmetic on top of Intl. Intl is slow, so formatters are cached per
 * zone and wall-clock → instant conversions are memoised in bounded maps.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
const validity = new Map<string, boolean>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(
        `Unknown time zone "${timeZone}": use an IANA name such as "Europe/Paris".`,
      );
    }
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  let ok = validity.get(timeZone);
  if (ok === undefined) {
    try {
      formatterFor(timeZone);
      ok = timeZone.length > 0;
    } catch {
      ok = false;
    }
    if (validity.size > 1000) validity.clear();
    validity.set(timeZone, ok);
  }
  return ok;
}

/** Throws a RangeError with a readable message if the zone is unknown. */
export function assertTimeZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) {
    throw new RangeError(
      `Unknown time zone "${timeZone}": use an IANA name such as "Europe/Paris".`,
    );
  }
}

/** Offset (local minus UTC, ms) in force at instant t. */
export function offsetAt(timeZone: string, t: number): number {
  let y = 1970;
  let mo = 1;
  let d = 1;
  let h = 0;
  let mi = 0;
  let s = 0;
  for (const p of formatterFor(timeZone).formatToParts(t)) {
    const v = Number(p.value);
    if (p.type === 'year') y = v;
    else if (p.type === 'month') mo = v;
    else if (p.type === 'day') d = v;
    else if (p.type === 'hour') h = v;
    else if (p.type === 'minute') mi = v;
    else if (p.type === 'second') s = v;
  }
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(t / 1000) * 1000;
}

/** Local wall-clock time of instant t, encoded as ms since 1970-01-01T00:00 "local". */
export function wallOf(timeZone: string, t: number): number {
  return t + offsetAt(timeZone, t);
}

/**
 * Instant of a local wall-clock time, with Temporal's 'compatible' rule: a time in
 * the spring-forward gap moves later by the gap's length (02:30 → 03:30), and a
 * time repeated at fall-back takes its first (earlier) occurrence.
 */
export function wallToInstantUncached(timeZone: string, wall: number): number {
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const c1 = wall - before;
  if (before === after) return c1;
  const c2 = wall - after;
  const c1ok = offsetAt(timeZone, c1) === before;
  const c2ok = offsetAt(timeZone, c2) === after;
  if (c1ok && c2ok) return Math.min(c1, c2);
  if (c2ok) return c2;
  return c1; // valid, or in the gap: the pre-transition offset lands after the gap
}

const WALL_CACHE_LIMIT = 50_000;
const wallCaches = new Map<string, Map<number, number>>();

export function wallToInstant(timeZone: string, wall: number): number {
  let cache = wallCaches.get(timeZone);
  if (cache === undefined) {
    cache = new Map();
    wallCaches.set(timeZone, cache);
  }
  let t = cache.get(wall);
  if (t === undefined) {
    t = wallToInstantUncached(timeZone, wall);
    // Bounded: dropping everything is cheap and rare.
    if (cache.size >= WALL_CACHE_LIMIT) cache.clear();
    cache.set(wall, t);
  }
  return t;
}

/** Instant at which local day `day` (a day number) begins. */
export function startOfLocalDay(timeZone: string, day: number): number {
  return wallToInstant(timeZone, day * DAY_MS);
}

const lastOffset = new Map<string, number>();

/** Local day number containing instant t, found through cached midnights. */
export function localDayOf(timeZone: string, t: number): number {
  let guessOffset = lastOffset.get(timeZone);
  if (guessOffset === undefined) {
    guessOffset = offsetAt(timeZone, t);
    lastOffset.set(timeZone, guessOffset);
  }
  let day = Math.floor((t + guessOffset) / DAY_MS);
  for (let i = 0; i < 4; i++) {
    if (t < startOfLocalDay(timeZone, day)) day--;
    else if (t >= startOfLocalDay(timeZone, day + 1)) day++;
    else return day;
  }
  // Far from the cached offset (e.g. zone history): ask Intl directly.
  return Math.floor(wallOf(timeZone, t) / DAY_MS);
}
