import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueSource } from '../db/queue';
import {
  inProcessTransport,
  QueueClient,
  type QueueTransport,
  type TransportFactory,
} from './queue-client';
import { demoQueueSource, rowFacts } from './queue-fixtures';
import { buildQueue, ClockCache, filterQueue, NO_FILTERS, type QueueFilters } from './queue-model';
import type { QueueDataMessage, QueueRequest, QueueResponse } from './queue-protocol';
import { fixedFilterMask, queueView, type QueueView } from './queue-view';
import { useQueue } from './useQueue';

const NOW = new Date('2026-03-04T10:00:00.000Z');
const source = demoQueueSource(NOW, 200);

/** The in-process core, with every message it was sent kept for inspection. */
function recording(): { factory: TransportFactory; sent: QueueRequest[]; closed: () => number } {
  const sent: QueueRequest[] = [];
  let closed = 0;
  const factory: TransportFactory = (onResponse, onFailure) => {
    const inner = inProcessTransport(onResponse, onFailure);
    return {
      post: (m) => {
        sent.push(m);
        inner.post(m);
      },
      close: () => closed++,
    };
  };
  return { factory, sent, closed: () => closed };
}

const data = (m: QueueRequest | undefined): QueueDataMessage => {
  if (m?.type !== 'data') throw new Error(`expected data, got ${JSON.stringify(m)}`);
  return m;
};

function ready(client: QueueClient) {
  const { snapshot, error } = client.getState();
  if (error) throw error;
  if (snapshot === null) throw new Error('no snapshot yet');
  return snapshot;
}

const ids = (view: QueueView) => Array.from({ length: view.length }, (_, i) => view.idAt(i));

afterEach(() => vi.restoreAllMocks());

describe('QueueClient', () => {
  it('keeps the list of accounts in the queue until an account joins or leaves it', () => {
    const client = new QueueClient(inProcessTransport);
    client.tick(NOW);
    client.setSource(source);
    const before = ready(client).table.inQueue;
    const facts = new Map(source.accounts.map((a) => [a.id, a]));
    const expected = [...new Set(source.incidents.map((i) => i.accountId))].map((id) =>
      facts.get(id),
    );
    expect(before).toEqual(expected);

    // A severity change: same accounts, same list object (the filters' facets are not rebuilt).
    const [a] = source.incidents;
    if (a === undefined) throw new Error('demo too small');
    const raised = { ...a, severity: a.severity === 1 ? (2 as const) : (1 as const) };
    client.setSource({ ...source, incidents: source.incidents.map((i) => (i === a ? raised : i)) });
    expect(ready(client).table.inQueue).toBe(before);

    // Every incident of one account closed: the account leaves the list.
    const left = source.incidents.filter((i) => i.accountId !== a.accountId);
    client.setSource({ ...source, incidents: left });
    const after = ready(client).table.inQueue;
    expect(after).not.toBe(before);
    expect(after.map((x) => x.id)).toEqual(
      before.map((x) => x.id).filter((id) => id !== a.accountId),
    );
    client.dispose();
  });

  it('sends everything once, then only what changed', () => {
    const { factory, sent } = recording();
    const client = new QueueClient(factory);
    client.tick(NOW);
    client.setSource(source);
    const first = data(sent[0]);
    expect(first.upserts).toHaveLength(source.incidents.length);
    expect(first).toMatchObject({ version: 1, now: NOW.getTime() });
    expect(first.accounts).toBe(source.accounts);
    expect(ready(client).length).toBeGreaterThan(100);

    // Fresh copies of the same records (what a live query gives): nothing to send.
    client.setSource(structuredClone(source));
    expect(sent).toHaveLength(1);

    const [a, b] = source.incidents;
    if (a === undefined || b === undefined) throw new Error('demo too small');
    const raised = { ...a, severity: a.severity === 1 ? (2 as const) : (1 as const) };
    const edited = {
      ...source,
      incidents: source.incidents.filter((i) => i !== b).map((i) => (i === a ? raised : i)),
    };
    client.setSource(edited);
    const second = data(sent[1]);
    const changed = expect.objectContaining({ id: a.id, severity: raised.severity }) as unknown;
    expect(second.upserts).toEqual([[0, changed]]);
    expect(second.removed).toEqual([1]);
    expect(second).not.toHaveProperty('accounts');
    expect(second).not.toHaveProperty('settings');
    const rows = ready(client);
    expect(rows.version).toBe(2);
    expect(rows.positionOf(b.id)).toBe(-1);
    expect(rows.rowAt(rows.positionOf(a.id))?.incident).toBe(raised);

    client.tick(new Date(NOW.getTime() + 30_000));
    expect(sent[2]).toEqual({ type: 'tick', now: NOW.getTime() + 30_000 });
    expect(ready(client).now).toBe(NOW.getTime() + 30_000);
  });

  it('shows an edit the queue does not compute with without asking the worker', () => {
    const { factory, sent } = recording();
    const client = new QueueClient(factory);
    client.setSource(source);
    const [a] = source.incidents;
    if (a === undefined) throw new Error('demo too small');
    const described = { ...a, description: 'New details from the client' };
    client.setSource({ ...source, incidents: [described, ...source.incidents.slice(1)] });
    expect(sent).toHaveLength(1);
    const rows = ready(client);
    expect(rows.rowAt(rows.positionOf(a.id))?.incident).toBe(described);
  });

  it('ignores a result computed from data it has since replaced', () => {
    const held: Array<() => void> = [];
    const factory: TransportFactory = (onResponse, onFailure) => {
      const inner = inProcessTransport((r) => held.push(() => onResponse(r)), onFailure);
      return inner;
    };
    const client = new QueueClient(factory);
    client.setSource(source);
    client.setSource({ ...source, incidents: source.incidents.slice(1) });
    held[0]?.();
    expect(client.getState().snapshot).toBeNull();
    held[1]?.();
    expect(ready(client)).toMatchObject({ version: 2, length: expect.any(Number) as unknown });
  });

  it('computes on the page when the worker cannot run', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken: TransportFactory = (_onResponse, onFailure): QueueTransport => ({
      post: () => onFailure(new Error('blocked by policy')),
      close: () => undefined,
    });
    const client = new QueueClient(broken);
    client.setSource(source);
    expect(ready(client).length).toBeGreaterThan(100);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('keeps its worker warm between visits and shows no rows of the last one', () => {
    vi.useFakeTimers();
    try {
      const { factory, sent, closed } = recording();
      const client = new QueueClient(factory);
      client.tick(NOW);
      client.setSource(source);
      const before = ready(client);
      client.suspend(60_000);
      expect(client.getState().snapshot).toBeNull();
      // Back within the minute: the clock moves, the data is read again (fresh copies).
      const later = new Date(NOW.getTime() + 30_000);
      client.resume();
      client.tick(later);
      expect(client.getState().snapshot).toBeNull(); // waits for this visit's records
      client.setSource(structuredClone(source));
      expect(sent.map((m) => m.type)).toEqual(['data', 'tick']); // nothing sent again
      const after = ready(client);
      expect(after.now).toBe(later.getTime());
      expect(after.length).toBe(before.length);
      expect(after.table).not.toBe(before.table);
      // Away for longer: the worker stops, and the next visit sends everything again.
      client.suspend(60_000);
      vi.advanceTimersByTime(60_000);
      expect(closed()).toBe(1);
      client.resume();
      client.setSource(source);
      expect(data(sent.at(-1)).upserts).toHaveLength(source.incidents.length);
      expect(ready(client).length).toBe(before.length);
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns a failed computation into an error state', () => {
    const failing: TransportFactory = (onResponse) => ({
      post: (m) => {
        const response: QueueResponse = { type: 'error', version: 1, message: 'bad calendar' };
        if (m.type === 'data') onResponse(response);
      },
      close: () => undefined,
    });
    const client = new QueueClient(failing);
    client.setSource(source);
    expect(client.getState().error?.message).toBe('bad calendar');
  });
});

describe('queueView', () => {
  const client = new QueueClient(inProcessTransport);
  client.tick(NOW);
  client.setSource(source);
  const reference = buildQueue(source, NOW, new ClockCache());
  const cases: Array<Partial<QueueFilters>> = [
    {},
    { severity: 2 },
    { breached: true },
    { atRisk: true, breached: true },
    { plan: 'carefor-enterprise', atRisk: true },
    { text: 'payroll' },
    { accountId: source.accounts[0]?.id ?? '', sdm: source.accounts[0]?.sdmName ?? '' },
  ];

  it.each(cases)('keeps the rows filterQueue keeps, in order: %o', (partial) => {
    const f = { ...NO_FILTERS, ...partial };
    const snapshot = ready(client);
    const view = queueView(snapshot, fixedFilterMask(snapshot.table, f), f);
    const want = filterQueue(reference, f);
    expect(want.length).toBeGreaterThan(0);
    expect(ids(view)).toEqual(want.map((r) => r.incident.id));
    expect(
      Array.from({ length: view.length }, (_, i) => view.at(i)).map((r) => r && rowFacts(r)),
    ).toEqual(want.map(rowFacts));
    const last = want.at(-1)?.incident.id ?? '';
    expect(view.indexOf(last)).toBe(want.length - 1);
    expect(view.at(view.length)).toBeUndefined();
  });

  it('finds no row for an incident the filters leave out', () => {
    const f = { ...NO_FILTERS, severity: 1 as const };
    const snapshot = ready(client);
    const view = queueView(snapshot, fixedFilterMask(snapshot.table, f), f);
    const other = reference.find((r) => r.incident.severity !== 1)?.incident.id ?? '';
    expect(view.indexOf(other)).toBe(-1);
    expect(view.indexOf('no-such-incident')).toBe(-1);
  });
});

describe('useQueue', () => {
  it('gives the snapshot, follows the clock and stops the worker on unmount', () => {
    const { factory, closed } = recording();
    let now = NOW;
    const { result, rerender, unmount } = renderHook(
      ({ s }: { s: QueueSource | undefined }) => useQueue(s, now, factory),
      { initialProps: { s: undefined as QueueSource | undefined } },
    );
    expect(result.current.snapshot).toBeNull();
    rerender({ s: source });
    expect(result.current.snapshot?.now).toBe(NOW.getTime());
    now = new Date(NOW.getTime() + 30_000);
    act(() => rerender({ s: source }));
    expect(result.current.snapshot?.now).toBe(now.getTime());
    unmount();
    expect(closed()).toBeGreaterThan(0);
  });

  it('shares one client between visits without a transport of its own', () => {
    const first = renderHook(() => useQueue(source, NOW));
    const before = first.result.current.snapshot;
    expect(before?.length).toBeGreaterThan(100);
    first.unmount();
    const { result, rerender } = renderHook(
      ({ s }: { s: QueueSource | undefined }) => useQueue(s, NOW),
      { initialProps: { s: undefined as QueueSource | undefined } },
    );
    expect(result.current.snapshot).toBeNull(); // not the last visit's rows
    rerender({ s: structuredClone(source) });
    expect(result.current.snapshot?.length).toBe(before?.length);
    expect(result.current.snapshot?.now).toBe(NOW.getTime());
  });
});
