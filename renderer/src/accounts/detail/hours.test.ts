import { describe, expect, it } from 'vitest';
import { describeWeek } from './hours';

describe('describeWeek', () => {
  it('groups consecutive days with the same spans', () => {
    const nine = [{ start: '09:00', end: '18:00' }];
    expect(describeWeek({ mon: nine, tue: nine, wed: nine, thu: nine, fri: nine }, 'en')).toBe(
      'Mon–Fri 09:00–18:00',
    );
    const split = [
      { start: '08:00', end: '12:00' },
      { start: '14:00', end: '18:00' },
    ];
    expect(
      describeWeek(
        { mon: split, tue: split, wed: nine, sat: [{ start: '09:00', end: '12:00' }] },
        'en',
      ),
    ).toBe('Mon, Tue 08:00–12:00, 14:00–18:00 · Wed 09:00–18:00 · Sat 09:00–12:00');
    expect(describeWeek({}, 'en')).toBe('');
  });
});
