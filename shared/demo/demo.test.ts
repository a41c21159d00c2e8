import { describe, expect, it } from 'vitest';
import { RECORD_TABLES } from '../schemas/index';
import { demoTables, demoValidationErrors, generateDemoWorkspace } from './index';
import { iso } from './random';

const NOW = new Date('2026-11-18T09:30:00.000Z');

const invalidRecords = demoValidationErrors;

describe('generateDemoWorkspace: validity', () => {
  const ws = generateDemoWorkspace({ seed: 42, now: NOW });

  it('produces every table with the default sizes', () => {
    expect(ws.accounts).toHaveLength(12);
    expect(ws.incidents.length).toBeGreaterThanOrEqual(380);
    expect(ws.incidents.length).toBeLessThanOrEqual(420);
    for (const table of Object.values(demoTables(ws))) expect(table.length).toBeGreaterThan(0);
  });

  it('fills every table of recordSchemas', () => {
    expect(Object.keys(demoTables(ws)).sort()).toEqual([...RECORD_TABLES].sort());
  });

  it('passes validateRecord for every record of every table', () => {
    expect(invalidRecords(ws)).toEqual([]);
  });

  it.each([
    ['month start, Sunday night', '2026-03-01T00:30:00.000Z'],
    ['new year', '2027-01-01T06:00:00.000Z'],
    ['leap day', '2028-02-29T17:45:00.000Z'],
  ])('stays valid for another now (%s)', (_label, now) => {
    for (const seed of [1, 7]) {
      expect(invalidRecords(generateDemoWorkspace({ seed, now: new Date(now) }))).toEqual([]);
    }
  });

  it('uses ids unique across the whole workspace', () => {
    const ids = Object.values(demoTables(ws)).flatMap((rows: Array<{ id: string }>) =>
      rows.map((r) => r.id),
    );
    const nested = ws.accounts.flatMap((a) => [
      ...a.contacts.map((c) => c.id),
      ...a.monitoredInterfaces.map((i) => i.id),
      ...a.extensions.map((e) => e.id),
    ]);
    const all = [...ids, ...nested];
    expect(new Set(all).size).toBe(all.length);
  });

  it('never stamps a change after now', () => {
    const now = NOW.toISOString();
    const late: string[] = [];
    for (const rows of Object.values(demoTables(ws)) as Array<
      Array<{ id: string; updatedAt: string }>
    >) {
      for (const r of rows) if (r.updatedAt > now) late.push(r.id);
    }
    for (const inc of ws.incidents) {
      const stamps = [inc.reportedAt, inc.respondedAt, inc.resolvedAt, inc.workaroundAt];
      stamps.push(...inc.statusHistory.map((h) => h.at), ...inc.severityHistory.map((h) => h.at));
      if (stamps.some((s) => s !== null && s > now)) late.push(inc.id);
    }
    expect(late).toEqual([]);
  });

  it('keeps incident histories consistent with their timestamps', () => {
    for (const inc of ws.incidents) {
      const h = inc.statusHistory;
      expect(h[0]).toMatchObject({ from: null, to: 'new', at: inc.reportedAt });
      for (let k = 1; k < h.length; k++) {
        expect(h[k]?.from).toBe(h[k - 1]?.to);
        expect((h[k]?.at ?? '') >= (h[k - 1]?.at ?? '')).toBe(true);
      }
      expect(h[h.length - 1]?.to).toBe(inc.status);
      expect(inc.respondedAt).toBe(h.find((x) => x.to === 'in-progress')?.at ?? null);
      expect(inc.resolvedAt).toBe(h.find((x) => x.to === 'resolved')?.at ?? null);
      for (const s of inc.severityHistory) {
        expect(s.to).toBe(inc.severity);
        expect(s.from).not.toBe(s.to);
      }
      if (inc.status === 'new') expect(inc.owner).toBeNull();
    }
  });
});

describe('generateDemoWorkspace: determinism', () => {
  it('gives deep-equal output for the same seed and now', () => {
    const a = generateDemoWorkspace({ seed: 2024, now: NOW });
    const b = generateDemoWorkspace({ seed: 2024, now: NOW });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('gives a different workspace for another seed', () => {
    const a = generateDemoWorkspace({ seed: 1, now: NOW });
    const b = generateDemoWorkspace({ seed: 2, now: NOW });
    expect(b.incidents.map((i) => i.title)).not.toEqual(a.incidents.map((i) => i.title));
    expect(b.accounts.flatMap((a) => a.contacts.map((c) => c.name))).not.toEqual(
      a.accounts.flatMap((x) => x.contacts.map((c) => c.name)),
    );
  });

  it('keeps the accounts when only the incident count changes', () => {
    const a = generateDemoWorkspace({ seed: 5, now: NOW, incidents: 100 });
    const b = generateDemoWorkspace({ seed: 5, now: NOW, incidents: 900 });
    expect(b.accounts).toEqual(a.accounts);
    expect(b.incidents).toHaveLength(900);
  });

  it('rejects bad options', () => {
    expect(() => generateDemoWorkspace({ seed: 1, now: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => generateDemoWorkspace({ seed: 1, now: NOW, accounts: -1 })).toThrow(RangeError);
  });

  it('handles tiny and empty books', () => {
    const none = generateDemoWorkspace({ seed: 1, now: NOW, accounts: 0 });
    expect(none.accounts).toEqual([]);
    expect(none.incidents).toEqual([]);
    const one = generateDemoWorkspace({ seed: 1, now: NOW, accounts: 1, incidents: 3 });
    expect(invalidRecords(one)).toEqual([]);
  });
});

describe('iso', () => {
  it('formats exactly like Date#toISOString', () => {
    const samples = [
      0, -1, 951_782_400_000, 1_709_164_800_123, 253_402_300_799_999, -62_135_596_800_000,
    ];
    for (let k = 0; k < 2000; k++)
      samples.push(Math.floor(((k * 7_919_117_311) % 9e12) - 2e12 + k));
    for (const ms of samples) expect(iso(ms)).toBe(new Date(ms).toISOString());
  });
});
