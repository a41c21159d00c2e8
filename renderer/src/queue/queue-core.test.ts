import { describe, expect, it } from 'vitest';
import type { QueueSource } from '../db/queue';
import { queueIncident } from './queue-client';
import { createQueueHandler, QueueCore } from './queue-core';
import { demoQueueSource, rowFacts } from './queue-fixtures';
import { buildQueue, ClockCache } from './queue-model';
import type { QueueDataMessage, QueueResponse, QueueResult } from './queue-protocol';
import { FoldCache, QueueSnapshot } from './queue-view';

const NOW = new Date('2026-03-04T10:00:00.000Z'); // a Wednesday
const MIN = 60_000;
const source = demoQueueSource(NOW);

function allData(s: QueueSource, version = 1, now = NOW.getTime()): QueueDataMessage {
  return {
    type: 'data',
    version,
    now,
    upserts: s.incidents.map((i, slot) => [slot, queueIncident(i)]),
    removed: [],
    accounts: s.accounts,
    specialEvents: s.specialEvents,
    settings: s.settings,
  };
}

/** The worker's handler, run by hand: `flush()` runs what it scheduled. */
function harness() {
  const posted: Array<{ response: QueueResponse; transfer: ArrayBuffer[] }> = [];
  let pending: Array<() => void> = [];
  const core = new QueueCore();
  const handle = createQueueHandler(
    (response, transfer) => posted.push({ response, transfer }),
    (run) => pending.push(run),
    core,
  );
  const flush = () => {
    const runs = pending;
    pending = [];
    runs.forEach((run) => run());
  };
  return { handle, flush, posted, core };
}

const table = (s: QueueSource) => ({
  incidents: s.incidents,
  accounts: new Map(s.accounts.map((a) => [a.id, a])),
  slotOf: new Map(s.incidents.map((i, slot) => [i.id, slot])),
  folds: new FoldCache(),
  inQueue: s.accounts,
});

function rowsOf(result: QueueResult, s: QueueSource) {
  const snapshot = new QueueSnapshot(result, table(s));
  return Array.from({ length: snapshot.length }, (_, i) => {
    const row = snapshot.rowAt(i);
    if (row === undefined) throw new Error(`no row ${String(i)}`);
    return rowFacts(row);
  });
}

const expected = (s: QueueSource, at: Date) => buildQueue(s, at, new ClockCache()).map(rowFacts);

function lastResult(posted: Array<{ response: QueueResponse }>): QueueResult {
  const r = posted.at(-1)?.response;
  if (r?.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(r)}`);
  return r;
}

describe('the queue worker handler', () => {
  it('answers data, then each tick, with the rows buildQueue gives on the page', () => {
    const { handle, flush, posted, core } = harness();
    handle(allData(source));
    flush();
    const first = lastResult(posted);
    expect(first).toMatchObject({ version: 1, now: NOW.getTime() });
    expect(first.slots.length).toBeGreaterThan(200);
    expect(rowsOf(first, source)).toEqual(expected(source, NOW));
    // Every array goes back as a transfer, not a copy.
    expect(posted.at(-1)?.transfer).toHaveLength(13);
    expect(posted.at(-1)?.transfer).toContain(first.slots.buffer);

    const waiting = source.incidents.filter(
      (i) => i.statusHistory.at(-1)?.to === 'waiting-on-client',
    );
    expect(waiting.length).toBeGreaterThan(10);
    // Ticks over minutes, hours and days: crossing due times, nights and a weekend.
    for (const later of [30_000, 45 * MIN, 9 * 60 * MIN, 4 * 24 * 60 * MIN]) {
      core.cache.stats.computed = 0;
      core.cache.stats.advanced = 0;
      const at = new Date(NOW.getTime() + later);
      handle({ type: 'tick', now: at.getTime() });
      flush();
      const result = lastResult(posted);
      expect(result).toMatchObject({ version: 1, now: at.getTime() });
      expect(rowsOf(result, source)).toEqual(expected(source, at));
      // Only incidents waiting on the client are computed again; the others advance.
      expect(core.cache.stats.computed).toBeLessThanOrEqual(waiting.length);
      expect(core.cache.stats.advanced).toBeGreaterThanOrEqual(
        result.slots.length - waiting.length,
      );
    }
  });

  it('gives the same rows after edits swapped in place as a fresh worker would', () => {
    const { handle, flush, posted } = harness();
    handle(allData(source));
    flush();
    let current = source;
    // Three rounds of a few edits: severities moved both ways, one incident's clock stopped.
    for (let round = 1; round <= 3; round++) {
      const picked = current.incidents.filter((_, i) => i % 37 === round);
      const edits = picked.map((i, k) =>
        k === 0
          ? { ...i, respondedAt: NOW.toISOString() }
          : { ...i, severity: ((i.severity % 4) + 1) as 1 | 2 | 3 | 4 },
      );
      expect(edits.length).toBeGreaterThan(3);
      const edited = new Map(edits.map((e) => [e.id, e]));
      current = { ...current, incidents: current.incidents.map((i) => edited.get(i.id) ?? i) };
      const slots = edits.map((e) => source.incidents.findIndex((i) => i.id === e.id));
      handle({
        type: 'data',
        version: round + 1,
        now: NOW.getTime(),
        upserts: edits.map((e, k) => [slots[k] ?? -1, queueIncident(e)]),
        removed: [],
      });
      flush();
      expect(rowsOf(lastResult(posted), current)).toEqual(expected(current, NOW));
    }
  });

  it('computes once for messages that arrive together', () => {
    const { handle, flush, posted } = harness();
    handle(allData(source));
    handle({ type: 'tick', now: NOW.getTime() + MIN });
    handle({ ...allData(source, 2), upserts: [], now: NOW.getTime() + 2 * MIN });
    flush();
    expect(posted).toHaveLength(1);
    expect(lastResult(posted)).toMatchObject({ version: 2, now: NOW.getTime() + 2 * MIN });
  });

  it('updates and removes incidents by slot, even when updatedAt did not move', () => {
    const { handle, flush, posted } = harness();
    handle(allData(source));
    flush();
    const [a, b] = source.incidents;
    if (a === undefined || b === undefined) throw new Error('demo too small');
    const raised = { ...a, severity: 1 as const, category: 'system-down' as const };
    handle({
      type: 'data',
      version: 2,
      now: NOW.getTime(),
      upserts: [[0, queueIncident(raised)]],
      removed: [1],
    });
    flush();
    const after = {
      ...source,
      incidents: source.incidents.map((i, slot) => (slot === 0 ? raised : i)),
    };
    const rows = rowsOf(lastResult(posted), after);
    expect(rows.some((r) => r.item.id === b.id)).toBe(false);
    expect(rows.find((r) => r.item.id === a.id)?.item.severity).toBe(1);
    const kept = { ...after, incidents: after.incidents.filter((i) => i.id !== b.id) };
    expect(rows).toEqual(expected(kept, NOW));
  });

  it('waits for the settings, and answers a failed computation with an error', () => {
    const { handle, flush, posted } = harness();
    const withoutSettings: QueueDataMessage = { ...allData(source) };
    delete withoutSettings.settings;
    handle(withoutSettings);
    flush();
    expect(posted).toEqual([]);
    const broken = source.accounts.map((acc) => ({
      ...acc,
      businessCalendar: { timeZone: 'Europe/Paris', hours: {} },
    }));
    handle({ ...allData(source, 2), accounts: broken });
    flush();
    expect(posted.at(-1)?.response).toEqual({
      type: 'error',
      version: 2,
      message: expect.stringMatching(/no working time/) as unknown,
    });
  });
});

describe('the most urgent rows first on a large book', () => {
  it('sends the top severity’s rows, in their final order, before the whole queue', () => {
    const big = demoQueueSource(NOW, 1_500);
    const { handle, flush, posted } = harness();
    handle(allData(big));
    flush();
    const first = posted[0]?.response as QueueResult;
    expect(first.partial).toBe(true);
    expect(posted).toHaveLength(1);
    flush(); // the whole queue, in a task of its own
    const whole = posted[1]?.response as QueueResult;
    expect(whole.partial).toBeUndefined();
    const all = rowsOf(whole, big);
    const top = Math.min(...all.map((r) => r.item.severity));
    const urgent = all.filter((r) => r.item.severity === top);
    expect(urgent.length).toBeLessThan(all.length);
    // The opening rows are exactly the queue's first rows: same incidents, order and clocks.
    expect(rowsOf(first, big)).toEqual(all.slice(0, urgent.length));

    // Afterwards, and for a small book, results are whole.
    handle({ type: 'tick', now: NOW.getTime() + MIN });
    flush();
    expect((posted[2]?.response as QueueResult).partial).toBeUndefined();
    const small = harness();
    small.handle(allData(source));
    small.flush();
    expect((small.posted[0]?.response as QueueResult).partial).toBeUndefined();
  });
});
