import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanId, Severity } from '../domain/types';
import { PLAN_IDS } from '../domain/types';
import { explainPriority } from './explain';
import type { PriorityItem } from './priority';
import { prioritizeIncidents } from './priority';

const H = 3_600_000;
const NOW = Date.UTC(2026, 2, 2, 12);
const item = (o: Partial<PriorityItem> & { id: string }): PriorityItem => ({
  accountId: 'acc',
  severity: 3,
  plan: 'premium',
  timeLeftMs: 4 * H,
  reportedAt: NOW - H,
  rankKey: null,
  ...o,
});
const ids = (items: PriorityItem[]) => prioritizeIncidents(items, NOW).map((p) => p.item.id);

describe('prioritizeIncidents', () => {
  it('severity, then plan, then time left (breached first), then age', () => {
    const items = [
      item({ id: 'sev2', severity: 2 }),
      item({ id: 'sev1', severity: 1, timeLeftMs: 99 * H }),
      item({ id: 'ent', plan: 'carefor-enterprise' }),
      item({ id: 'breached', timeLeftMs: -H }),
      item({ id: 'old', reportedAt: NOW - 9 * H }),
      item({ id: 'new' }),
      item({ id: 'noclock', timeLeftMs: null }),
    ];
    expect(ids(items)).toEqual(['sev1', 'sev2', 'ent', 'breached', 'old', 'new', 'noclock']);
  });

  it('a client-promoted incident inherits the tightest deadline it outranks', () => {
    const items = [
      item({ id: 'payroll', plan: 'carefor-enterprise', timeLeftMs: 8 * H, rankKey: 'a0' }),
      item({ id: 'layout', plan: 'carefor-enterprise', timeLeftMs: H, rankKey: 'a1' }),
      item({ id: 'other', accountId: 'b', plan: 'carefor-enterprise', timeLeftMs: 2 * H }),
    ];
    const out = prioritizeIncidents(items, NOW);
    expect(out.map((p) => p.item.id)).toEqual(['payroll', 'layout', 'other']);
    expect(out[0]).toMatchObject({
      effectiveTimeLeftMs: H,
      inheritedFromId: 'layout',
      clientRank: 0,
    });
    const top = out[0];
    if (top === undefined) throw new Error('empty queue');
    const words = explainPriority(top, NOW);
    expect(words.map((r) => r.code)).toEqual(['severity', 'plan', 'time-left', 'inherited', 'age']);
    expect(words[2]?.en).toBe('1 h 00 min of working time left on the SLA');
    expect(words[3]?.fr).toBe('Le client l’a classé avant layout : il en reprend l’échéance');
  });

  it('explains a breach in both languages', () => {
    const out = prioritizeIncidents([item({ id: 'x', timeLeftMs: -(2 * H + 10 * 60_000) })], NOW);
    const r = out.flatMap((p) => explainPriority(p, NOW)).find((x) => x.code === 'breached');
    expect(r?.en).toBe('SLA breached, 2 h 10 min of working time overdue');
    expect(r?.fr).toBe('SLA dépassé de 2 h 10 min de temps ouvré');
  });

  // One plan per account, as in the app.
  const planOf: Record<string, PlanId> = { a: 'carefor-enterprise', b: 'premium', c: 'essential' };
  const arbItem = fc.record({
    id: fc.uuid(),
    accountId: fc.constantFrom('a', 'b', 'c'),
    severity: fc.constantFrom<Severity>(1, 2, 3, 4),
    timeLeftMs: fc.option(
      fc.integer({ min: -5, max: 5 }).map((x) => x * H),
      { nil: null },
    ),
    reportedAt: fc.integer({ min: 0, max: 5 }).map((x) => NOW - x * H),
    rankKey: fc.option(fc.constantFrom('a0', 'a1', 'a2', 'a3', 'a4'), { nil: null }),
  });

  it('property: a total order, independent of input order, keeping client rankings', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbItem, { selector: (i) => i.id, maxLength: 40 }), (raw) => {
        const items: PriorityItem[] = raw.map((i) => ({
          ...i,
          plan: planOf[i.accountId] ?? 'premium',
        }));
        const a = ids(items);
        expect(ids([...items].reverse())).toEqual(a);
        const out = prioritizeIncidents(items, NOW);
        // Within (account, severity), ranked items appear in client order.
        const seen = new Map<string, number>();
        for (const p of out) {
          if (p.clientRank === null) continue;
          const key = `${p.item.accountId}/${p.item.severity}`;
          expect(p.clientRank).toBeGreaterThan(seen.get(key) ?? -1);
          seen.set(key, p.clientRank);
          // Inheritance never makes an item less urgent than it was.
          expect(p.effectiveTimeLeftMs).toBeLessThanOrEqual(p.item.timeLeftMs ?? Infinity);
        }
      }),
    );
  });

  it('sorts 50,000 items fast', () => {
    const items = Array.from({ length: 50_000 }, (_, i) =>
      item({
        id: `i${i}`,
        accountId: `acc${i % 500}`,
        severity: ((i % 4) + 1) as Severity,
        plan: PLAN_IDS[i % 5] ?? 'premium',
        timeLeftMs: ((i * 7919) % 100) * H - 10 * H,
        rankKey: i % 3 === 0 ? null : `a${i % 10}`,
      }),
    );
    // Speed is measured in npm run bench, not asserted here.
    expect(prioritizeIncidents(items, NOW)).toHaveLength(50_000);
  });
});
