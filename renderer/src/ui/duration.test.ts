import { describe, expect, it } from 'vitest';
import { formatSlaCountdown, formatSlaTime, formatSpan } from './duration';

const MIN = 60_000;
const H = 60 * MIN;

describe('formatSpan (real elapsed time)', () => {
  it('writes days and hours, or hours and minutes, in English and French', () => {
    expect(formatSpan(45 * MIN, 'en')).toBe('45 min');
    expect(formatSpan(2 * H + 5 * MIN, 'en')).toBe('2 h 05 min');
    expect(formatSpan(76 * H + 31 * MIN, 'en')).toBe('3 d 4 h');
    expect(formatSpan(48 * H, 'en')).toBe('2 d');
    expect(formatSpan(76 * H, 'fr')).toBe('3 j 4 h');
    expect(formatSpan(-90 * MIN, 'fr')).toBe('1 h 30 min');
  });
});

describe('formatSlaTime (working time on the coverage calendar)', () => {
  it('states working hours on business hours and never rolls them into days', () => {
    expect(formatSlaTime(76 * H + 31 * MIN, 'business-hours', 'en')).toBe('76 working hours');
    expect(formatSlaTime(40 * H, 'business-hours', 'en')).toBe('40 working hours');
    expect(formatSlaTime(5 * H + 58 * MIN, 'business-hours', 'en')).toBe('5 working hours 58 min');
    expect(formatSlaTime(1 * H, 'business-hours', 'en')).toBe('1 working hour');
    expect(formatSlaTime(1 * H + 5 * MIN, 'business-hours', 'en')).toBe('1 working hour 05 min');
    expect(formatSlaTime(30 * MIN, 'business-hours', 'en')).toBe('30 working min');
    expect(formatSlaTime(-15 * MIN, 'business-hours', 'en')).toBe('15 working min');
  });

  it('says it in French: heures ouvrées', () => {
    expect(formatSlaTime(76 * H, 'business-hours', 'fr')).toBe('76 heures ouvrées');
    expect(formatSlaTime(1 * H, 'business-hours', 'fr')).toBe('1 heure ouvrée');
    expect(formatSlaTime(5 * H + 58 * MIN, 'business-hours', 'fr')).toBe('5 heures ouvrées 58 min');
    expect(formatSlaTime(8 * MIN, 'business-hours', 'fr')).toBe('8 min ouvrées');
  });

  it('writes 24x7 and 24x5 time in hours with the clock it runs on', () => {
    expect(formatSlaTime(80 * MIN, '24x7', 'en')).toBe('1 h 20 min (24x7)');
    expect(formatSlaTime(1 * H, '24x7', 'fr')).toBe('1 h (24x7)');
    expect(formatSlaTime(30 * H + 10 * MIN, '24x5', 'en')).toBe('30 h (24x5)');
    expect(formatSlaTime(45 * MIN, '24x5', 'fr')).toBe('45 min (24x5)');
  });

  it('refuses a duration that is not a number', () => {
    expect(() => formatSlaTime(Number.NaN, '24x7', 'en')).toThrow(/finite number/);
  });
});

describe('formatSlaCountdown (live, to the second)', () => {
  it('counts working hours past a day instead of writing days', () => {
    const overdue = -(76 * H + 31 * MIN + 10_000);
    expect(formatSlaCountdown(overdue, 'business-hours', 'en')).toBe('76:31:10 working hours');
    expect(formatSlaCountdown(overdue, 'business-hours', 'fr')).toBe('76:31:10 heures ouvrées');
    expect(formatSlaCountdown(7_198_000, '24x7', 'en')).toBe('01:59:58 (24x7)');
    expect(formatSlaCountdown(0, '24x5', 'fr')).toBe('00:00:00 (24x5)');
  });
});
