import { describe, expect, it } from 'vitest';
import { cachedFormatCount, dateTimeFormat, numberFormat } from './intl';

const DAY = new Date('2026-03-02T10:00:00Z');

describe('cached Intl formatters', () => {
  it('returns the same formatter for the same locale and options, in any key order', () => {
    const a = dateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    const b = dateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' });
    expect(b).toBe(a);
    expect(numberFormat('fr', { maximumFractionDigits: 2 })).toBe(
      numberFormat('fr', { maximumFractionDigits: 2 }),
    );
  });

  it('keeps locales and options apart, and formats as Intl does', () => {
    const en = dateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });
    const fr = dateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' });
    const tokyo = dateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'Asia/Tokyo' });
    expect(fr).not.toBe(en);
    expect(en.format(DAY)).toBe('March 2, 2026');
    expect(fr.format(DAY)).toBe('2 mars 2026');
    expect(tokyo.format(DAY)).toBe('7:00 PM');
    expect(numberFormat('en-US', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1,234.6');
    expect(numberFormat('en-US').format(1234.56)).toBe('1,234.56');
  });

  it('lets a bad time zone throw, and caches nothing for it', () => {
    const before = cachedFormatCount();
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(cachedFormatCount()).toBe(before);
  });

  it('stays bounded however many distinct formatters are asked for', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    let asked = 0;
    for (const timeZone of zones) {
      for (const hour of ['numeric', '2-digit'] as const) {
        dateTimeFormat('en-US', { timeZone, hour });
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(600);
    // 500 date formats at most, plus the few number formats above.
    expect(cachedFormatCount()).toBeLessThanOrEqual(510);
    // Still correct after the cache was cleared.
    expect(dateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric' }).format(DAY)).toBe('10 AM');
  });
});
