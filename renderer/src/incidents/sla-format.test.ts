import { describe, expect, it } from 'vitest';
import { formatCountdown, summarizeHours } from './sla-format';

describe('formatCountdown', () => {
  it('shows hours, minutes and seconds, with days when long', () => {
    expect(formatCountdown(0, 'en')).toBe('00:00:00');
    expect(formatCountdown(7_198_000, 'en')).toBe('01:59:58');
    expect(formatCountdown(-65_000, 'en')).toBe('00:01:05');
    expect(formatCountdown(2 * 86_400_000 + 3_600_000, 'en')).toBe('2 d 01:00:00');
    expect(formatCountdown(86_400_000, 'fr')).toBe('1 j 00:00:00');
  });
});

describe('summarizeHours', () => {
  it('groups consecutive days with the same spans', () => {
    const office = [
      { start: '09:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ];
    const calendar = {
      timeZone: 'Europe/Paris',
      hours: {
        mon: office,
        tue: office,
        wed: office,
        thu: office,
        fri: office,
        sat: [{ start: '09:00', end: '12:00' }],
      },
    };
    expect(summarizeHours(calendar, 'en')).toBe(
      'Mon–Fri 09:00–12:00, 14:00–18:00; Sat 09:00–12:00',
    );
    expect(summarizeHours(calendar, 'fr')).toBe(
      'lun.–ven. 09:00–12:00, 14:00–18:00; sam. 09:00–12:00',
    );
  });

  it('does not group days across a gap', () => {
    const day = [{ start: '08:00', end: '17:00' }];
    expect(summarizeHours({ timeZone: 'UTC', hours: { mon: day, wed: day } }, 'en')).toBe(
      'Mon 08:00–17:00; Wed 08:00–17:00',
    );
  });
});
