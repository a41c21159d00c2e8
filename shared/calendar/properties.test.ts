import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendar24x7, weeklyCalendar } from './presets';
import type { WorkingCalendar } from './types';
import { addWorkingTime, slaDueAt, workingTimeBetween } from './working-time';

const MIN = 60_000;
const calendars: WorkingCalendar[] = [
  weeklyCalendar(
    'Europe/Paris',
    ['mon', 'tue', 'wed', 'thu', 'fri'],
    [
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '18:00' },
    ],
    ['2026-05-01', '2026-12-25'],
  ),
  weeklyCalendar(
    'Australia/Sydney',
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    [
      { start: '00:00', end: '03:00' },
      { start: '22:00', end: '24:00' },
    ],
  ),
  calendar24x7('America/New_York'),
];

const instant = fc
  .integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) })
  .map((t) => new Date(t));
const durationMs = fc.integer({ min: 0, max: 60 * 24 * 10 }).map((m) => m * MIN);
const calendar = fc.constantFrom(...calendars);

describe('working-time properties', () => {
  it('due ≥ start', () => {
    fc.assert(
      fc.property(calendar, instant, durationMs, (cal, start, dur) => {
        expect(addWorkingTime(start, dur, cal).getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
    );
  });

  it('adding a then b equals adding a + b (for b > 0)', () => {
    fc.assert(
      fc.property(calendar, instant, durationMs, durationMs, (cal, start, a, b) => {
        fc.pre(b > 0);
        const twice = addWorkingTime(addWorkingTime(start, a, cal), b, cal);
        expect(twice).toEqual(addWorkingTime(start, a + b, cal));
      }),
    );
  });

  it('workingTimeBetween(start, addWorkingTime(start, d)) = d', () => {
    fc.assert(
      fc.property(calendar, instant, durationMs, (cal, start, dur) => {
        expect(workingTimeBetween(start, addWorkingTime(start, dur, cal), cal)).toBe(dur);
      }),
    );
  });

  it('with pauses, slaDueAt and workingTimeBetween agree', () => {
    const pause = fc
      .tuple(instant, fc.integer({ min: 0, max: 3 * 24 * 60 }))
      .map(([from, m]) => ({ from, to: new Date(from.getTime() + m * MIN) }));
    fc.assert(
      fc.property(
        calendar,
        instant,
        durationMs,
        fc.array(pause, { maxLength: 4 }),
        (cal, start, dur, pauses) => {
          const due = slaDueAt(start, dur, cal, pauses);
          expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
          expect(workingTimeBetween(start, due, cal, pauses)).toBe(dur);
          expect(due.getTime()).toBeGreaterThanOrEqual(addWorkingTime(start, dur, cal).getTime());
        },
      ),
    );
  });

  it('workingTimeBetween is additive and antisymmetric', () => {
    fc.assert(
      fc.property(calendar, instant, instant, instant, (cal, a, b, c) => {
        const ab = workingTimeBetween(a, b, cal);
        expect(ab + workingTimeBetween(b, c, cal)).toBe(workingTimeBetween(a, c, cal));
        expect(workingTimeBetween(b, a, cal) + ab).toBe(0);
      }),
      { numRuns: 50 },
    );
  });

  it('24x7 adds real elapsed time', () => {
    fc.assert(
      fc.property(instant, durationMs, (start, dur) => {
        expect(addWorkingTime(start, dur, calendars[2] ?? calendar24x7('UTC')).getTime()).toBe(
          start.getTime() + dur,
        );
      }),
    );
  });
});
