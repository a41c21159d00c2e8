import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import type { JsonValue } from './json';
import {
  fieldWins,
  isTombstone,
  mergeFieldMaps,
  mergeRecord,
  stampFields,
  valuesOf,
} from './merge';
import type { FieldMap } from './merge';

const at = (millis: number, node: string, counter = 0) => formatHlc({ millis, counter, node });

const value: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 4 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b'), fc.integer(), { maxKeys: 2 }),
);
// Few keys, times and nodes so that collisions (including equal clocks) are common.
const fieldMap: fc.Arbitrary<FieldMap> = fc.dictionary(
  fc.constantFrom('title', 'severity', 'deletedAt', 'rankKey'),
  fc.record({
    value,
    hlc: fc
      .tuple(
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('a', 'b', 'c'),
        fc.integer({ min: 0, max: 1 }),
      )
      .map(([m, n, c]) => at(m, n, c)),
  }),
  { maxKeys: 4 },
);

describe('merge', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(fieldMap, fieldMap, fieldMap, (a, b, c) => {
        expect(mergeFieldMaps(a, b)).toEqual(mergeFieldMaps(b, a));
        expect(mergeFieldMaps(mergeFieldMaps(a, b), c)).toEqual(
          mergeFieldMaps(a, mergeFieldMaps(b, c)),
        );
        expect(mergeFieldMaps(a, a)).toEqual(a);
        expect(mergeFieldMaps(mergeFieldMaps(a, b), b)).toEqual(mergeFieldMaps(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same record whatever order the changes arrive in', () => {
    fc.assert(
      fc.property(
        fc.array(fieldMap, { maxLength: 6 }),
        fc.infiniteStream(fc.nat()),
        (maps, rnd) => {
          const shuffled = [...maps];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (rnd.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as FieldMap, shuffled[i] as FieldMap];
          }
          const fold = (ms: FieldMap[]) => ms.reduce(mergeFieldMaps, {});
          expect(fold(shuffled)).toEqual(fold(maps));
        },
      ),
    );
  });

  it('later clock wins per field, ties by client id', () => {
    const local = stampFields({ title: 'A', severity: 2 }, at(10, 'a'));
    const remote = {
      title: { value: 'B', hlc: at(11, 'b') },
      severity: { value: 3, hlc: at(9, 'b') },
    };
    expect(valuesOf(mergeFieldMaps(local, remote))).toEqual({ title: 'B', severity: 2 });
    expect(fieldWins({ value: 1, hlc: at(10, 'b') }, { value: 2, hlc: at(10, 'a') })).toBe(true);
  });

  it('notes when my edit was overwritten by someone else, not by myself', () => {
    const mine = stampFields({ title: 'Mine', notes: 'same' }, at(10, 'me'));
    const theirs = {
      title: { value: 'Theirs', hlc: at(12, 'bob') },
      notes: { value: 'same', hlc: at(12, 'bob') },
    };
    const r = mergeRecord(mine, theirs, {
      table: 'incidents',
      recordId: 'i1',
      localClientId: 'me',
    });
    expect(r.changed.sort()).toEqual(['notes', 'title']);
    expect(r.conflicts).toEqual([
      {
        table: 'incidents',
        recordId: 'i1',
        field: 'title',
        localValue: 'Mine',
        winningValue: 'Theirs',
        by: 'bob',
        at: new Date(12).toISOString(),
      },
    ]);
    const self = mergeRecord(mine, stampFields({ title: 'X' }, at(20, 'me')), {
      table: 'incidents',
      recordId: 'i1',
      localClientId: 'me',
    });
    expect(self.conflicts).toEqual([]);
  });

  it('deletion is a tombstone field merged like any other', () => {
    const rec = stampFields({ title: 'T', deletedAt: null }, at(1, 'a'));
    const del = stampFields({ deletedAt: '2026-03-01T00:00:00.000Z' }, at(2, 'b'));
    expect(isTombstone(mergeFieldMaps(rec, del))).toBe(true);
    const undelete = stampFields({ deletedAt: null }, at(3, 'a'));
    expect(isTombstone(mergeFieldMaps(mergeFieldMaps(rec, del), undelete))).toBe(false);
  });

  it('ignores __proto__ keys', () => {
    const hostile = JSON.parse(`{"__proto__": {"value": 1, "hlc": "${at(1, 'a')}"}}`) as FieldMap;
    const r = mergeFieldMaps({}, hostile);
    expect(Object.keys(r)).toEqual([]);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });
});
