import { describe, expect, it } from 'vitest';
import { indexEntries, matchScore, searchEntries, type PaletteEntry } from './search';

const e = (kind: PaletteEntry['kind'], label: string, detail?: string): PaletteEntry => ({
  key: `${kind}:${label}`,
  kind,
  label,
  ...(detail ? { detail } : {}),
});

const index = indexEntries([
  e('command', 'New incident'),
  e('command', 'Go to the priority queue'),
  e('account', 'Nordhavn Logistics'),
  e('account', 'Réseau Nord'),
  e('incident', 'Payroll export fails', 'Nordhavn Logistics'),
  e('incident', 'Report layout broken', 'Nordhavn Logistics'),
  e('incident', 'Nordic payroll question', 'Acme'),
]);
const labels = (q: string, limit?: number) =>
  searchEntries(index, q, limit).results.map((r) => r.label);

describe('palette search', () => {
  it('ranks prefix over word-start over anywhere, then commands, accounts, incidents', () => {
    expect(labels('nord')).toEqual([
      'Nordhavn Logistics',
      'Nordic payroll question',
      'Réseau Nord',
      'Payroll export fails',
      'Report layout broken',
    ]);
  });

  it('ignores case and accents and needs every word', () => {
    expect(labels('RESEAU')).toEqual(['Réseau Nord']);
    expect(labels('payroll nordhavn')).toEqual(['Payroll export fails']);
    expect(labels('payroll zebra')).toEqual([]);
  });

  it('lists commands then accounts, no incidents, for an empty query', () => {
    expect(labels('')).toEqual([
      'New incident',
      'Go to the priority queue',
      'Nordhavn Logistics',
      'Réseau Nord',
    ]);
  });

  it('caps the results and reports the total', () => {
    const r = searchEntries(index, 'o', 2);
    expect(r.results).toHaveLength(2);
    expect(r.total).toBeGreaterThan(2);
  });

  it('scores a missing word as no match', () => {
    expect(matchScore('abc', 'abc', 'x')).toBeNull();
    expect(matchScore('abc def', 'abc def', 'abc')).toBe(0);
    expect(matchScore('abc def', 'abc def', 'def')).toBe(1);
    expect(matchScore('abc def', 'abc def', 'bc')).toBe(3);
  });
});
