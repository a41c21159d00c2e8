import { describe, expect, it } from 'vitest';
import { sameRow } from './sync-rows';

describe('sameRow', () => {
  it('ignores key order, as jsonb returns it, and sees any changed, added or missing field', () => {
    const stored = { id: 'a', hours: { mon: [1], wed: [2] }, name: 'N' };
    expect(sameRow(stored, { name: 'N', hours: { wed: [2], mon: [1] }, id: 'a' })).toBe(true);
    expect(sameRow(stored, { ...stored, hours: { mon: [1], wed: [3] } })).toBe(false);
    expect(sameRow(stored, { ...stored, extra: 1 })).toBe(false);
    expect(sameRow(stored, { id: 'a', name: 'N' })).toBe(false);
    expect(sameRow(undefined, stored)).toBe(false);
  });
});
