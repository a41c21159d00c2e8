import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockDriftError,
  ClockOverflowError,
  compareHlc,
  createHlc,
  formatHlc,
  MAX_COUNTER,
  parseHlc,
  receiveHlc,
  tickHlc,
} from './hlc';
import type { Hlc } from './hlc';

const node = fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/);
const millis = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });
const hlc = fc.record({ millis, counter: fc.integer({ min: 0, max: MAX_COUNTER }), node });

const cmp = (a: Hlc, b: Hlc) => compareHlc(formatHlc(a), formatHlc(b));

describe('hlc', () => {
  it('formats fixed-width and parses back', () => {
    const h = { millis: Date.UTC(2026, 2, 1, 9), counter: 10, node: 'dev-1' };
    expect(formatHlc(h)).toBe('2026-03-01T09:00:00.000Z-000A-dev-1');
    expect(parseHlc(formatHlc(h))).toEqual(h);
    fc.assert(
      fc.property(hlc, (h) => {
        expect(parseHlc(formatHlc(h))).toEqual(h);
      }),
    );
  });

  it('rejects malformed clocks', () => {
    for (const bad of [
      '',
      'x',
      '2026-02-31T00:00:00.000Z-0000-a',
      '2026-03-01T09:00:00.000Z-0000-',
      "2026-03-01T09:00:00.000Z-0000-a'--",
    ]) {
      expect(parseHlc(bad)).toBeNull();
    }
    expect(() => createHlc('bad id')).toThrow(RangeError);
  });

  it('string order is (millis, counter, node) order', () => {
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const tuple =
          a.millis !== b.millis
            ? Math.sign(a.millis - b.millis)
            : a.counter !== b.counter
              ? Math.sign(a.counter - b.counter)
              : Math.sign(compareHlc(a.node, b.node));
        expect(Math.sign(cmp(a, b))).toBe(tuple);
      }),
    );
  });

  it('tick is strictly monotonic whatever the wall clock does', () => {
    fc.assert(
      fc.property(node, fc.array(millis, { minLength: 1, maxLength: 50 }), (n, nows) => {
        let last = createHlc(n);
        for (const now of nows) {
          const next = tickHlc(last, now);
          expect(cmp(next, last)).toBeGreaterThan(0);
          expect(next.millis).toBeGreaterThanOrEqual(now);
          last = next;
        }
      }),
    );
  });

  it('receive is after both clocks and keeps the local node', () => {
    fc.assert(
      fc.property(hlc, hlc, millis, (local, remote, now) => {
        const r = { ...remote, counter: Math.min(remote.counter, MAX_COUNTER - 1) };
        const l = { ...local, counter: Math.min(local.counter, MAX_COUNTER - 1) };
        const next = receiveHlc(l, r, now);
        expect(next.node).toBe(l.node);
        expect(next.millis).toBeGreaterThanOrEqual(Math.max(l.millis, r.millis, now));
        expect(cmp(next, l)).toBeGreaterThan(0);
        expect(
          compareHlc(formatHlc({ ...next, node: '' }), formatHlc({ ...r, node: '' })),
        ).toBeGreaterThan(0);
      }),
    );
  });

  it('refuses remote clocks too far ahead and counter overflow', () => {
    const local = createHlc('a', 1000);
    const remote = { millis: 1000 + 10 * 60_000, counter: 0, node: 'b' };
    expect(() => receiveHlc(local, remote, 1000, 5 * 60_000)).toThrow(ClockDriftError);
    expect(receiveHlc(local, remote, 1000).millis).toBe(remote.millis);
    expect(() => tickHlc({ millis: 5, counter: MAX_COUNTER, node: 'a' }, 5)).toThrow(
      ClockOverflowError,
    );
  });
});
