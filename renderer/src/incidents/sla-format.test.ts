import { describe, expect, it } from 'vitest';
import { summarizeHours } from './sla-format';

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
