import { describe, expect, it } from 'vitest';
import { calendar24x7 } from './presets';
import type { WorkingCalendar } from './types';
import { addWorkingTime, slaDueAt, workingTimeBetween } from './working-time';

const start = new Date('2026-01-19T08:00:00Z');
const cal = (over: Partial<WorkingCalendar>): WorkingCalendar => ({
  timeZone: 'Europe/Paris',
  hours: { mon: [{ start: '09:00', end: '18:00' }] },
  ...over,
});

describe('bad input throws a RangeError with a clear message', () => {
  it('unknown time zone', () => {
    expect(() => addWorkingTime(start, 1, cal({ timeZone: 'Mars/Olympus' }))).toThrow(
      /Unknown time zone "Mars\/Olympus"/,
    );
    expect(() => calendar24x7('Nowhere')).toThrow(RangeError);
  });

  it('malformed HH:MM', () => {
    for (const bad of ['9:00', '25:00', '24:30', '12:60', 'noon']) {
      expect(() =>
        addWorkingTime(start, 1, cal({ hours: { mon: [{ start: bad, end: '18:00' }] } })),
      ).toThrow(/not a time in HH:MM form/);
    }
  });

  it('end before start', () => {
    expect(() =>
      addWorkingTime(start, 1, cal({ hours: { tue: [{ start: '18:00', end: '09:00' }] } })),
    ).toThrow(/ends before it starts/);
  });

  it('unknown weekday', () => {
    const hours = { monday: [{ start: '09:00', end: '18:00' }] } as WorkingCalendar['hours'];
    expect(() => addWorkingTime(start, 1, cal({ hours }))).toThrow(/Unknown weekday "monday"/);
  });

  it('negative, NaN or infinite duration', () => {
    expect(() => addWorkingTime(start, -1, cal({}))).toThrow(/≥ 0/);
    expect(() => slaDueAt(start, Number.NaN, cal({}))).toThrow(RangeError);
    expect(() => slaDueAt(start, Number.POSITIVE_INFINITY, cal({}))).toThrow(RangeError);
  });

  it('invalid dates', () => {
    expect(() => addWorkingTime(new Date('nope'), 1, cal({}))).toThrow(/start is not a valid date/);
    expect(() => workingTimeBetween(start, new Date(Number.NaN), cal({}))).toThrow(RangeError);
  });

  it('pause ending before it starts', () => {
    expect(() =>
      slaDueAt(start, 1, cal({}), [{ from: new Date('2026-01-20'), to: new Date('2026-01-19') }]),
    ).toThrow(/Pause 1 ends before it starts/);
  });

  it('a calendar with no working time at all', () => {
    expect(() => addWorkingTime(start, 1, cal({ hours: {} }))).toThrow(/no working time at all/);
    expect(() => addWorkingTime(start, 1, cal({ hours: { mon: [] } }))).toThrow(RangeError);
  });

  it('malformed holiday', () => {
    expect(() => addWorkingTime(start, 1, cal({ holidays: ['2026-02-30'] }))).toThrow(
      /Holiday "2026-02-30"/,
    );
  });

  it('holidays covering every working day: bounded search, clear error, no endless loop', () => {
    const holidays: string[] = [];
    for (let i = 0; i < 366 * 3; i++) {
      holidays.push(new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    }
    expect(() => addWorkingTime(start, 1, cal({ holidays }))).toThrow(/No working time found/);
  });

  it('an absurdly long duration fails instead of looping', () => {
    expect(() => addWorkingTime(start, 1e15, cal({}))).toThrow(/days ahead/);
  });
});
