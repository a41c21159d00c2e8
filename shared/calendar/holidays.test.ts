import { describe, expect, it } from 'vitest';
import { workingCalendarSchema } from '../schemas/common';
import { holidaysBetween } from './holidays';
import type { WorkingCalendar } from './types';

const office = [{ start: '09:00', end: '18:00' }];
const week = { mon: office, tue: office, wed: office, thu: office, fri: office };

function calendar(timeZone: string, extra: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return {
    timeZone,
    hours: week,
    holidays: ['2026-12-24', '2026-12-25', '2027-01-01'],
    holidayNames: { '2026-12-25': 'Christmas Day', '2027-01-01': ' New Year’s Day ' },
    ...extra,
  };
}

describe('holidaysBetween', () => {
  it('lists the holidays in the span by date, weekday and name, in date order', () => {
    const cal = calendar('Europe/Paris', {
      holidays: ['2027-01-01', '2026-12-25', '2026-12-24', '2026-12-25'],
    });
    expect(
      holidaysBetween(cal, new Date('2026-12-20T00:00:00Z'), new Date('2027-01-05T00:00:00Z')),
    ).toEqual([
      { date: '2026-12-24', weekday: 'thu', name: null },
      { date: '2026-12-25', weekday: 'fri', name: 'Christmas Day' },
      { date: '2027-01-01', weekday: 'fri', name: 'New Year’s Day' },
    ]);
  });

  it('reads each holiday as the whole local day of the calendar’s zone', () => {
    // 2026-12-25 in Tokyo is 2026-12-24T15:00Z to 2026-12-25T15:00Z.
    const tokyo = calendar('Asia/Tokyo');
    const at = (a: string, b: string) =>
      holidaysBetween(tokyo, new Date(a), new Date(b)).map((h) => h.date);
    expect(at('2026-12-25T15:00:00Z', '2026-12-26T00:00:00Z')).toEqual([]);
    expect(at('2026-12-25T14:59:00Z', '2026-12-26T00:00:00Z')).toEqual(['2026-12-25']);
    // In New York the same instants fall on the 25th's local morning and evening.
    const ny = calendar('America/New_York');
    expect(
      holidaysBetween(ny, new Date('2026-12-25T04:00:00Z'), new Date('2026-12-25T06:00:00Z')),
    ).toEqual([
      { date: '2026-12-24', weekday: 'thu', name: null },
      { date: '2026-12-25', weekday: 'fri', name: 'Christmas Day' },
    ]);
  });

  it('spans a DST change: the local day is 23 hours long and still whole', () => {
    const cal: WorkingCalendar = {
      timeZone: 'Europe/Paris',
      hours: week,
      holidays: ['2026-03-29'],
    };
    // 2026-03-29 in Paris: 2026-03-28T23:00Z to 2026-03-29T22:00Z (spring forward).
    const list = (a: string, b: string) =>
      holidaysBetween(cal, new Date(a), new Date(b)).map((h) => `${h.date} ${h.weekday}`);
    expect(list('2026-03-29T21:59:00Z', '2026-03-29T23:00:00Z')).toEqual(['2026-03-29 sun']);
    expect(list('2026-03-29T22:00:00Z', '2026-03-30T23:00:00Z')).toEqual([]);
    expect(list('2026-03-28T22:00:00Z', '2026-03-28T23:00:00Z')).toEqual([]);
  });

  it('lists nothing without holidays or for an empty span, and refuses bad input', () => {
    const bare: WorkingCalendar = { timeZone: 'UTC', hours: week };
    const d = new Date('2026-12-25T12:00:00Z');
    expect(holidaysBetween(bare, new Date('2026-01-01T00:00:00Z'), d)).toEqual([]);
    expect(holidaysBetween(calendar('UTC'), d, d)).toEqual([]);
    expect(() => holidaysBetween(calendar('UTC'), d, new Date('2026-12-01T00:00:00Z'))).toThrow(
      /end before it starts/,
    );
    expect(() => holidaysBetween(calendar('Mars/Olympus'), d, d)).toThrow(/Unknown time zone/);
    expect(() => holidaysBetween(calendar('UTC', { holidays: ['2026-02-30'] }), d, d)).toThrow(
      /2026-02-30/,
    );
  });
});

describe('workingCalendarSchema: holiday names', () => {
  it('keeps a calendar without names as it was, and accepts names of its holidays', () => {
    const bare = { timeZone: 'Europe/Paris', hours: week, holidays: ['2026-12-25'] };
    expect(workingCalendarSchema.parse(bare)).toEqual(bare);
    const named = { ...bare, holidayNames: { '2026-12-25': 'Noël' } };
    expect(workingCalendarSchema.parse(named)).toEqual(named);
  });

  it('refuses a name for a date that is not a holiday, an empty name, or a bad date', () => {
    const base = { timeZone: 'Europe/Paris', hours: week, holidays: ['2026-12-25'] };
    const message = (holidayNames: Record<string, string>) =>
      workingCalendarSchema.safeParse({ ...base, holidayNames }).error?.issues[0]?.message;
    expect(message({ '2026-12-26': 'Boxing Day' })).toMatch(/not among the holidays/);
    expect(message({ '2026-12-25': '  ' })).toMatch(/Holiday name is required/);
    expect(message({ '2026-13-01': 'Nope' })).toMatch(/date such as/);
  });
});
