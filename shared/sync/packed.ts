/**
 * A field map as a device stores it: the values, the clock most fields share, and the clocks of
 * the others. A record written in one edit (every record of a first download) keeps one clock
 * instead of one per field, which halves what IndexedDB writes per record.
 */
import type { JsonValue } from './json';
import type { FieldMap } from './merge';

export interface PackedFieldMap {
  values: Record<string, JsonValue>;
  /** The clock of every field not listed in `clocks`. */
  hlc: string;
  clocks?: Record<string, string>;
}

export function packFieldMap(fields: FieldMap): PackedFieldMap {
  const counts = new Map<string, number>();
  let hlc = '';
  let best = 0;
  for (const state of Object.values(fields)) {
    const n = (counts.get(state.hlc) ?? 0) + 1;
    counts.set(state.hlc, n);
    if (n > best || (n === best && state.hlc > hlc)) {
      best = n;
      hlc = state.hlc;
    }
  }
  const values: Record<string, JsonValue> = {};
  const clocks: Record<string, string> = {};
  let odd = false;
  for (const [field, state] of Object.entries(fields)) {
    values[field] = state.value;
    if (state.hlc !== hlc) {
      clocks[field] = state.hlc;
      odd = true;
    }
  }
  return odd ? { values, hlc, clocks } : { values, hlc };
}

export function unpackFieldMap(packed: PackedFieldMap): FieldMap {
  const fields: FieldMap = {};
  const clocks = packed.clocks ?? {};
  for (const [field, value] of Object.entries(packed.values)) {
    // Own keys only: a field may be called "toString".
    fields[field] = {
      value,
      hlc: Object.hasOwn(clocks, field) ? (clocks[field] ?? '') : packed.hlc,
    };
  }
  return fields;
}
