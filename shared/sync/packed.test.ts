import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packFieldMap, unpackFieldMap } from './packed';
import type { FieldMap } from './merge';

const H1 = '2026-03-01T09:00:00.000Z-0000-dev-a';
const H2 = '2026-03-01T09:00:01.000Z-0003-dev-b';

describe('packed field maps', () => {
  it('keeps one clock for a record written in one edit', () => {
    const fields: FieldMap = { title: { value: 'x', hlc: H1 }, severity: { value: 2, hlc: H1 } };
    expect(packFieldMap(fields)).toEqual({ values: { title: 'x', severity: 2 }, hlc: H1 });
  });

  it('lists the clocks that differ from the common one', () => {
    const fields: FieldMap = {
      a: { value: null, hlc: H1 },
      b: { value: [1], hlc: H1 },
      c: { value: { k: 'v' }, hlc: H2 },
    };
    const packed = packFieldMap(fields);
    expect(packed).toEqual({
      values: { a: null, b: [1], c: { k: 'v' } },
      hlc: H1,
      clocks: { c: H2 },
    });
    expect(unpackFieldMap(packed)).toEqual(fields);
  });

  it('round-trips any field map', () => {
    const hlc = fc.constantFrom(H1, H2, '2026-03-02T00:00:00.000Z-FFFF-x');
    const map = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== '__proto__'),
      fc.record({ value: fc.jsonValue(), hlc }),
    );
    fc.assert(
      fc.property(map, (fields) => {
        expect(unpackFieldMap(packFieldMap(fields as FieldMap))).toEqual(fields);
      }),
    );
  });

  it('packs an empty map to an empty one', () => {
    expect(unpackFieldMap(packFieldMap({}))).toEqual({});
  });
});
