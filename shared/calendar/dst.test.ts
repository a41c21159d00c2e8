import { describe, expect, it } from 'vitest';
import { calendar24x7, weeklyCalendar } from './presets';
import type { WorkingCalendar } from './types';
import { addWorkingTime, workingTimeBetween } from './working-time';

/*
 * Spans are local wall-clock times mapped with Temporal's 'compatible' rule:
 * a time inside the spring-forward gap moves later by the gap (02:30 → 03:30),
 * a repeated time at fall-back takes its first occurrence. So 00:00–24:00 on a
 * 23 h day lasts 23 real hours and on a 25 h day 25 real hours, and a span lying
 * wholly inside the gap (02:00–03:00) lasts 0.
 */
const H = 3_600_000;
const d = (iso: string) => new Date(iso);
const sundayNight = (tz: string, start: string, end: string): WorkingCalendar =>
  weeklyCalendar(tz, ['sun'], [{ start, end }]);

describe('Europe/Paris (spring forward 29 March 2026, fall back 25 October 2026)', () => {
  const cal24 = calendar24x7('Europe/Paris');

  it('the 23 h day counts 23 h on 24x7', () => {
    expect(workingTimeBetween(d('2026-03-28T23:00:00Z'), d('2026-03-29T22:00:00Z'), cal24)).toBe(
      23 * H,
    );
  });

  it('the 25 h day counts 25 h on 24x7', () => {
    expect(workingTimeBetween(d('2026-10-24T22:00:00Z'), d('2026-10-25T23:00:00Z'), cal24)).toBe(
      25 * H,
    );
  });

  it('24x7 adds real elapsed time across the change', () => {
    // Saturday 12:00 CET + 24 h = Sunday 13:00 CEST.
    expect(addWorkingTime(d('2026-03-28T11:00:00Z'), 24 * H, cal24)).toEqual(
      d('2026-03-29T11:00:00Z'),
    );
  });

  it('a Sunday span 00:00–24:00 is 23 real hours on the spring-forward day', () => {
    const cal = sundayNight('Europe/Paris', '00:00', '24:00');
    expect(workingTimeBetween(d('2026-03-27T00:00:00Z'), d('2026-03-31T00:00:00Z'), cal)).toBe(
      23 * H,
    );
  });

  it('a 01:00–04:00 span lasts 2 h in spring and 4 h in autumn', () => {
    const cal = sundayNight('Europe/Paris', '01:00', '04:00');
    expect(workingTimeBetween(d('2026-03-28T12:00:00Z'), d('2026-03-29T12:00:00Z'), cal)).toBe(
      2 * H,
    );
    expect(workingTimeBetween(d('2026-10-24T12:00:00Z'), d('2026-10-25T12:00:00Z'), cal)).toBe(
      4 * H,
    );
    // Starts at 01:00 CET (00:00Z); 90 min later is 03:30 CEST (01:30Z).
    expect(addWorkingTime(d('2026-03-28T12:00:00Z'), 1.5 * H, cal)).toEqual(
      d('2026-03-29T01:30:00Z'),
    );
  });

  it('a span wholly inside the gap lasts 0 and is skipped', () => {
    const cal = sundayNight('Europe/Paris', '02:00', '03:00');
    expect(workingTimeBetween(d('2026-03-28T12:00:00Z'), d('2026-03-29T12:00:00Z'), cal)).toBe(0);
    // Next Sunday's 02:00 CEST is 00:00Z on 5 April.
    expect(addWorkingTime(d('2026-03-28T12:00:00Z'), 0, cal)).toEqual(d('2026-04-05T00:00:00Z'));
  });

  it('a span starting in the gap starts after it (02:30 → 03:30 CEST)', () => {
    const cal = sundayNight('Europe/Paris', '02:30', '05:00');
    expect(addWorkingTime(d('2026-03-28T12:00:00Z'), 0, cal)).toEqual(d('2026-03-29T01:30:00Z'));
  });

  it('a span starting in the repeated hour starts at its first occurrence', () => {
    const cal = sundayNight('Europe/Paris', '02:30', '03:00');
    // 02:30 CEST = 00:30Z, 03:00 CET = 02:00Z: 90 real minutes.
    expect(addWorkingTime(d('2026-10-24T12:00:00Z'), 0, cal)).toEqual(d('2026-10-25T00:30:00Z'));
    expect(workingTimeBetween(d('2026-10-24T12:00:00Z'), d('2026-10-26T00:00:00Z'), cal)).toBe(
      1.5 * H,
    );
  });

  it('business hours follow the wall clock across the change', () => {
    const cal = weeklyCalendar(
      'Europe/Paris',
      ['mon', 'tue', 'wed', 'thu', 'fri'],
      [{ start: '09:00', end: '18:00' }],
    );
    // Friday 27 March 17:00 CET + 2 h = Monday 30 March 10:00 CEST.
    expect(addWorkingTime(d('2026-03-27T16:00:00Z'), 2 * H, cal)).toEqual(
      d('2026-03-30T08:00:00Z'),
    );
    // Friday 23 October 17:00 CEST + 2 h = Monday 26 October 10:00 CET.
    expect(addWorkingTime(d('2026-10-23T15:00:00Z'), 2 * H, cal)).toEqual(
      d('2026-10-26T09:00:00Z'),
    );
  });
});

describe('Australia/Sydney (DST ends 5 April 2026, starts 4 October 2026)', () => {
  const cal24 = calendar24x7('Australia/Sydney');
  const office = weeklyCalendar(
    'Australia/Sydney',
    ['mon', 'tue', 'wed', 'thu', 'fri'],
    [{ start: '09:00', end: '17:00' }],
  );

  it('Sunday 5 April lasts 25 h and Sunday 4 October 23 h', () => {
    expect(workingTimeBetween(d('2026-04-04T13:00:00Z'), d('2026-04-05T14:00:00Z'), cal24)).toBe(
      25 * H,
    );
    expect(workingTimeBetween(d('2026-10-03T14:00:00Z'), d('2026-10-04T13:00:00Z'), cal24)).toBe(
      23 * H,
    );
  });

  it('Friday 3 April 16:00 AEDT + 2 h = Monday 6 April 10:00 AEST', () => {
    expect(addWorkingTime(d('2026-04-03T05:00:00Z'), 2 * H, office)).toEqual(
      d('2026-04-06T00:00:00Z'),
    );
  });

  it('Friday 2 October 16:30 AEST + 1 h = Monday 5 October 09:30 AEDT', () => {
    expect(addWorkingTime(d('2026-10-02T06:30:00Z'), H, office)).toEqual(d('2026-10-04T22:30:00Z'));
  });

  it('24x7 adds real time across the April change', () => {
    // Saturday 4 April 12:00 AEDT (01:00Z) + 24 h = Sunday 5 April 11:00 AEST.
    expect(addWorkingTime(d('2026-04-04T01:00:00Z'), 24 * H, cal24)).toEqual(
      d('2026-04-05T01:00:00Z'),
    );
  });
});
