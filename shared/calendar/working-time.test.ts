import { describe, expect, it } from 'vitest';
import { calendar24x5, calendar24x7, weeklyCalendar } from './presets';
import type { WorkingCalendar } from './types';
import { addWorkingTime, isWorkingTime, slaDueAt, workingTimeBetween } from './working-time';

const H = 3_600_000;
const MON_FRI = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const paris = weeklyCalendar(
  'Europe/Paris',
  [...MON_FRI],
  [{ start: '09:00', end: '18:00' }],
  ['2026-05-01'],
);
const d = (iso: string) => new Date(iso);

describe('addWorkingTime on Mon–Fri 09:00–18:00 Europe/Paris', () => {
  it('Friday 17:30 + 4 h is Monday 12:30', () => {
    expect(addWorkingTime(d('2026-01-16T16:30:00Z'), 4 * H, paris)).toEqual(
      d('2026-01-19T11:30:00Z'),
    );
  });

  it('a start on Saturday counts from Monday 09:00', () => {
    expect(addWorkingTime(d('2026-01-17T10:00:00Z'), H, paris)).toEqual(d('2026-01-19T09:00:00Z'));
  });

  it('a due time landing on the end of a span stays there', () => {
    expect(addWorkingTime(d('2026-01-19T08:00:00Z'), 9 * H, paris)).toEqual(
      d('2026-01-19T17:00:00Z'),
    );
  });

  it('duration 0 inside working time returns the start', () => {
    expect(addWorkingTime(d('2026-01-19T10:17:00Z'), 0, paris)).toEqual(d('2026-01-19T10:17:00Z'));
  });

  it('duration 0 outside working time returns the next opening', () => {
    expect(addWorkingTime(d('2026-01-19T07:00:00Z'), 0, paris)).toEqual(d('2026-01-19T08:00:00Z'));
    // 18:00 itself is closed (spans are half-open), so the next opening is Tuesday 09:00.
    expect(addWorkingTime(d('2026-01-19T17:00:00Z'), 0, paris)).toEqual(d('2026-01-20T08:00:00Z'));
  });

  it('skips a holiday: Thursday 30 April 17:00 + 2 h is Monday 4 May 10:00', () => {
    expect(addWorkingTime(d('2026-04-30T15:00:00Z'), 2 * H, paris)).toEqual(
      d('2026-05-04T08:00:00Z'),
    );
  });

  it('spans several weeks: 45 h from Monday 09:00 is Friday 18:00', () => {
    expect(addWorkingTime(d('2026-01-19T08:00:00Z'), 45 * H, paris)).toEqual(
      d('2026-01-23T17:00:00Z'),
    );
    expect(addWorkingTime(d('2026-01-19T08:00:00Z'), 46 * H, paris)).toEqual(
      d('2026-01-26T09:00:00Z'),
    );
  });
});

describe('split shifts', () => {
  const split = weeklyCalendar(
    'Europe/Paris',
    [...MON_FRI],
    [
      { start: '14:00', end: '18:00' },
      { start: '08:00', end: '12:00' },
    ],
  );

  it('skips the lunch break', () => {
    // Monday 11:00 local + 2 h = Monday 15:00 local.
    expect(addWorkingTime(d('2026-01-19T10:00:00Z'), 2 * H, split)).toEqual(
      d('2026-01-19T14:00:00Z'),
    );
  });

  it('a due time at the end of the morning span stays at 12:00', () => {
    expect(addWorkingTime(d('2026-01-19T10:00:00Z'), H, split)).toEqual(d('2026-01-19T11:00:00Z'));
  });

  it('counts only the spans', () => {
    expect(workingTimeBetween(d('2026-01-19T00:00:00Z'), d('2026-01-20T00:00:00Z'), split)).toBe(
      8 * H,
    );
  });

  it('overlapping spans of one day are merged', () => {
    const cal: WorkingCalendar = {
      timeZone: 'UTC',
      hours: {
        mon: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
    };
    expect(workingTimeBetween(d('2026-01-19T00:00:00Z'), d('2026-01-20T00:00:00Z'), cal)).toBe(
      4 * H,
    );
  });
});

describe('pauses', () => {
  const start = d('2026-01-19T08:00:00Z'); // Monday 09:00 Paris

  it('without pause, 8 h from Monday 09:00 is Monday 17:00', () => {
    expect(slaDueAt(start, 8 * H, paris)).toEqual(d('2026-01-19T16:00:00Z'));
  });

  it('a one-hour pause inside working time moves the due time by one working hour', () => {
    const pause = { from: d('2026-01-19T09:00:00Z'), to: d('2026-01-19T10:00:00Z') };
    expect(slaDueAt(start, 8 * H, paris, [pause])).toEqual(d('2026-01-19T17:00:00Z'));
  });

  it('one second more pushes it to the next working day', () => {
    const pause = { from: d('2026-01-19T09:00:00Z'), to: d('2026-01-19T10:00:01Z') };
    expect(slaDueAt(start, 8 * H, paris, [pause])).toEqual(d('2026-01-20T08:00:01Z'));
  });

  it('overlapping pauses are merged', () => {
    const pauses = [
      { from: d('2026-01-19T09:15:00Z'), to: d('2026-01-19T10:00:00Z') },
      { from: d('2026-01-19T09:00:00Z'), to: d('2026-01-19T09:30:00Z') },
    ];
    expect(slaDueAt(start, 8 * H, paris, pauses)).toEqual(d('2026-01-19T17:00:00Z'));
    expect(workingTimeBetween(start, d('2026-01-19T17:00:00Z'), paris, pauses)).toBe(8 * H);
  });

  it('a pause outside working time changes nothing', () => {
    const pause = { from: d('2026-01-17T08:00:00Z'), to: d('2026-01-19T08:00:00Z') };
    expect(slaDueAt(start, 8 * H, paris, [pause])).toEqual(d('2026-01-19T16:00:00Z'));
  });

  it('a pause covering the start delays the first counted instant', () => {
    const pause = { from: d('2026-01-19T07:00:00Z'), to: d('2026-01-19T08:30:00Z') };
    expect(slaDueAt(start, 0, paris, [pause])).toEqual(d('2026-01-19T08:30:00Z'));
  });

  it('a due time landing on the start of a pause stays there', () => {
    const pause = { from: d('2026-01-19T10:00:00Z'), to: d('2026-01-19T12:00:00Z') };
    expect(slaDueAt(start, 2 * H, paris, [pause])).toEqual(d('2026-01-19T10:00:00Z'));
  });
});

describe('workingTimeBetween', () => {
  it('counts only working spans across a weekend', () => {
    expect(workingTimeBetween(d('2026-01-16T16:30:00Z'), d('2026-01-19T11:30:00Z'), paris)).toBe(
      4 * H,
    );
  });

  it('is signed', () => {
    expect(workingTimeBetween(d('2026-01-19T11:30:00Z'), d('2026-01-16T16:30:00Z'), paris)).toBe(
      -4 * H,
    );
  });

  it('subtracts pauses', () => {
    const pauses = [{ from: d('2026-01-19T09:00:00Z'), to: d('2026-01-19T10:00:00Z') }];
    expect(
      workingTimeBetween(d('2026-01-19T08:00:00Z'), d('2026-01-19T17:00:00Z'), paris, pauses),
    ).toBe(8 * H);
  });

  it('isWorkingTime treats span ends as closed', () => {
    expect(isWorkingTime(d('2026-01-19T08:00:00Z'), paris)).toBe(true);
    expect(isWorkingTime(d('2026-01-19T17:00:00Z'), paris)).toBe(false);
    expect(isWorkingTime(d('2026-05-01T10:00:00Z'), paris)).toBe(false);
  });
});

describe('presets', () => {
  it('24x5 runs Monday 00:00 to Friday 24:00 local', () => {
    const cal = calendar24x5('Europe/Paris');
    // Friday 23:00 local + 2 h → Monday 01:00 local.
    expect(addWorkingTime(d('2026-01-16T22:00:00Z'), 2 * H, cal)).toEqual(
      d('2026-01-19T00:00:00Z'),
    );
    // Lands exactly on Friday 24:00: stays there.
    expect(addWorkingTime(d('2026-01-16T22:00:00Z'), H, cal)).toEqual(d('2026-01-16T23:00:00Z'));
  });

  it('24x7 counts real elapsed time', () => {
    const cal = calendar24x7('America/New_York');
    expect(addWorkingTime(d('2026-01-16T22:00:00Z'), 50 * H, cal)).toEqual(
      d('2026-01-19T00:00:00Z'),
    );
  });
});
