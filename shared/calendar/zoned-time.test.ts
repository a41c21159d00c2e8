import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatInZone,
  formatInZoneNamed,
  fromZonedInput,
  toZonedInput,
  utcOffsetLabel,
  zonedInputToIso,
} from './zoned-time';

describe('datetime-local in the account time zone', () => {
  it('reads the value as wall time in the account zone, not the computer zone', () => {
    expect(fromZonedInput('2026-03-10T09:00', 'Europe/Paris')).toEqual({
      ok: true,
      iso: '2026-03-10T08:00:00.000Z',
      note: null,
    });
    expect(fromZonedInput('2026-07-10T09:00', 'Europe/Paris')).toMatchObject({
      iso: '2026-07-10T07:00:00.000Z',
    });
    expect(fromZonedInput('2026-03-10T09:00', 'America/New_York')).toMatchObject({
      iso: '2026-03-10T13:00:00.000Z',
    });
  });

  it('round-trips through the input value', () => {
    for (const iso of ['2026-03-10T08:00:00.000Z', '2026-10-25T00:30:00.000Z']) {
      const value = toZonedInput(iso, 'Europe/Paris');
      expect(fromZonedInput(value, 'Europe/Paris')).toMatchObject({ ok: true, iso });
    }
    expect(toZonedInput('2026-03-10T08:00:00.000Z', 'Asia/Kolkata')).toBe('2026-03-10T13:30');
  });

  it('moves a time in the spring-forward gap later and says so (Paris 2026-03-29 02:30)', () => {
    expect(fromZonedInput('2026-03-29T02:30', 'Europe/Paris')).toEqual({
      ok: true,
      iso: '2026-03-29T01:30:00.000Z',
      note: 'skipped',
      shownAs: '2026-03-29T03:30',
    });
  });

  it('takes the first of a repeated time at fall-back and says so', () => {
    expect(fromZonedInput('2026-10-25T02:30', 'Europe/Paris')).toEqual({
      ok: true,
      iso: '2026-10-25T00:30:00.000Z',
      note: 'repeated',
    });
    expect(fromZonedInput('2026-10-25T03:30', 'Europe/Paris').ok).toBe(true);
  });

  it('refuses malformed or impossible dates', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-13-01T10:00', 'yesterday']) {
      expect(fromZonedInput(bad, 'Europe/Paris')).toEqual({ ok: false });
    }
  });

  it('labels the offset in force', () => {
    expect(utcOffsetLabel('Europe/Paris', '2026-01-10T10:00:00Z')).toBe('UTC+01:00');
    expect(utcOffsetLabel('Europe/Paris', '2026-07-10T10:00:00Z')).toBe('UTC+02:00');
    expect(utcOffsetLabel('America/New_York', '2026-01-10T10:00:00Z')).toBe('UTC−05:00');
  });

  it('reads an input to an instant or null, and shows no instant as an empty input', () => {
    expect(zonedInputToIso('2026-03-10T09:00', 'Europe/Paris')).toBe('2026-03-10T08:00:00.000Z');
    expect(zonedInputToIso('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInputToIso('2026-02-30T09:00', 'UTC')).toBeNull();
    expect(zonedInputToIso('', 'UTC')).toBeNull();
    expect(toZonedInput('not a date', 'Europe/Paris')).toBe('');
  });
});

describe('zoned date and time shown on screens', () => {
  const iso = '2026-03-10T13:05:00.000Z';

  // Incidents, quotas and notifications leave the zone unsaid: their screens name it.
  it('formats an instant in the zone without naming it', () => {
    expect(formatInZone(iso, 'Europe/Paris', 'en')).toBe('Mar 10, 2026, 2:05 PM');
    expect(formatInZone(iso, 'America/New_York', 'en')).toBe('Mar 10, 2026, 9:05 AM');
    expect(formatInZone(iso, 'Europe/Paris', 'fr')).toBe('10 mars 2026, 14:05');
    expect(formatInZone(new Date(iso), 'Asia/Kolkata', 'fr')).toBe('10 mars 2026, 18:35');
  });

  // Meetings and timelines name the account's zone next to the time.
  it('formats an instant in the zone with the zone named', () => {
    expect(formatInZoneNamed(iso, 'Europe/Paris', 'en')).toBe('Mar 10, 2026, 02:05 PM GMT+1');
    expect(formatInZoneNamed(iso, 'America/New_York', 'en')).toBe('Mar 10, 2026, 09:05 AM EDT');
    expect(formatInZoneNamed(iso, 'Europe/Paris', 'fr')).toBe('10 mars 2026, 14:05 UTC+1');
    expect(formatInZoneNamed(iso, 'America/New_York', 'fr')).toBe('10 mars 2026, 09:05 UTC−4');
  });

  it('formats a calendar date without a zone shift', () => {
    expect(formatDate('2026-03-11', 'en')).toBe('Mar 11, 2026');
    expect(formatDate('2026-03-11', 'fr')).toBe('11 mars 2026');
  });
});
