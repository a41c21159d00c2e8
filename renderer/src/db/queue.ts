import Dexie, { type ObservabilitySet, type Table } from 'dexie';
import { useEffect, useState } from 'react';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { database, type StewardDatabase } from './database';
import { loadOpenIncidents, OPEN_STATUSES } from './queries';
import { loadWorkspaceSettings } from './workspace';

/** Everything the priority queue needs. */
export interface QueueSource {
  incidents: Incident[];
  accounts: Account[];
  specialEvents: SpecialEvent[];
  settings: WorkspaceSettings;
}

const live = (r: { deletedAt: string | null }): boolean => r.deletedAt === null;
const OPEN = new Set<string>(OPEN_STATUSES);
const inQueue = (i: Incident | undefined): i is Incident =>
  i !== undefined && live(i) && OPEN.has(i.status);

const liveRows = async <T extends { deletedAt: string | null }>(table: Table<T, string>) =>
  (await table.toArray()).filter(live);

export async function loadQueueSource(db: StewardDatabase = database()): Promise<QueueSource> {
  const [incidents, accounts, specialEvents, settings] = await Promise.all([
    loadOpenIncidents(db),
    liveRows(db.accounts),
    liveRows(db.specialEvents),
    loadWorkspaceSettings(),
  ]);
  return { incidents, accounts, specialEvents, settings };
}

/** More changed incidents than this in one write: reading them all again is as quick. */
const PATCH_LIMIT = 2_000;

/**
 * The primary keys in a mutated part (Dexie's interval tree, or its structured clone when the
 * write came from another window), or null when it holds a range (a clear, a deleteRange) or
 * more keys than `limit`.
 */
export function changedKeys(part: unknown, limit = PATCH_LIMIT): string[] | null {
  const keys: string[] = [];
  const stack: unknown[] = [part];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    const n = node as { from?: unknown; to?: unknown; l?: unknown; r?: unknown };
    if ('from' in n) {
      if (typeof n.from !== 'string' || n.from !== n.to) return null;
      keys.push(n.from);
      if (keys.length > limit) return null;
    }
    stack.push(n.l, n.r);
  }
  return keys;
}

/**
 * Calls `listener` after each committed write to one of `tables` (in this context or another
 * window or worker), with the primary keys written in each, or null for a range write or more
 * keys than `changedKeys` lists.
 */
export function onRecordsWritten(
  tables: readonly string[],
  listener: (written: Map<string, string[] | null>) => void,
  db: StewardDatabase = database(),
): () => void {
  const prefix = `idb://${db.name}/`;
  const handler = (parts: ObservabilitySet) => {
    const written = new Map<string, string[] | null>();
    for (const [part, set] of Object.entries(parts)) {
      if (!part.startsWith(prefix)) continue;
      const [table, index] = part.slice(prefix.length).split('/');
      if (table === undefined || !tables.includes(table) || index !== '') continue;
      const keys = changedKeys(set);
      if (keys?.length !== 0) written.set(table, keys);
    }
    if (written.size > 0) listener(written);
  };
  Dexie.on('storagemutated', handler);
  return () => {
    Dexie.on.storagemutated.unsubscribe(handler);
  };
}

interface Dirty {
  /** Read everything again. */
  all: boolean;
  ids: Set<string>;
  accounts: boolean;
  events: boolean;
  settings: boolean;
}

/** What a committed write touched of the queue's source, added to `d`; false if nothing. */
function markChanged(parts: ObservabilitySet, prefix: string, d: Dirty): boolean {
  let touched = false;
  for (const [part, set] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table, index] = part.slice(prefix.length).split('/');
    if (table === 'accounts') d.accounts = touched = true;
    else if (table === 'specialEvents') d.events = touched = true;
    else if (table === 'settings') d.settings = touched = true;
    else if (table === 'incidents' && index === '') {
      // The primary-key part names every row the write put or deleted.
      const keys = changedKeys(set);
      if (keys === null) d.all = true;
      else for (const key of keys) d.ids.add(key);
      if (d.ids.size > PATCH_LIMIT) d.all = true;
      touched ||= d.all || keys?.length !== 0;
    }
  }
  return touched;
}

const nothing = (): Dirty => ({
  all: false,
  ids: new Set(),
  accounts: false,
  events: false,
  settings: false,
});

/**
 * Calls `onSource` with the queue's source, then again after each committed write that touches
 * it (in this window or another: Dexie broadcasts its writes). A write to a few incidents reads
 * only those incidents back; accounts, special events and settings (small tables) are read
 * whole when they change. A failed read goes to `onError`. Returns the unsubscribe function.
 */
export function watchQueueSource(
  onSource: (source: QueueSource) => void,
  onError: (error: unknown) => void,
  db: StewardDatabase = database(),
): () => void {
  const prefix = `idb://${db.name}/`;
  let stopped = false;
  let source: QueueSource | null = null;
  let byId = new Map<string, Incident>();
  let dirty: Dirty | null = null;
  let running = false;

  const read = async (d: Dirty | null): Promise<QueueSource> => {
    if (source === null || d === null || d.all) {
      const next = await loadQueueSource(db);
      byId = new Map(next.incidents.map((i) => [i.id, i]));
      return next;
    }
    const ids = [...d.ids];
    const [rows, accounts, specialEvents, settings] = await Promise.all([
      ids.length > 0 ? db.incidents.bulkGet(ids) : [],
      d.accounts ? liveRows(db.accounts) : source.accounts,
      d.events ? liveRows(db.specialEvents) : source.specialEvents,
      d.settings ? loadWorkspaceSettings() : source.settings,
    ]);
    rows.forEach((row, i) => {
      const id = ids[i];
      if (id === undefined) return;
      if (inQueue(row)) byId.set(id, row);
      else byId.delete(id);
    });
    const incidents = ids.length > 0 ? [...byId.values()] : source.incidents;
    return { incidents, accounts, specialEvents, settings };
  };

  const pending = (): boolean => dirty !== null; // set by the handler during a read
  // One read at a time, in order; writes that land meanwhile are read by the next one.
  const run = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      do {
        const d = dirty;
        dirty = null;
        source = await read(d);
        if (stopped) return;
        onSource(source);
      } while (pending());
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      running = false;
    }
  };

  const handler = (parts: ObservabilitySet) => {
    const d = dirty ?? nothing();
    if (!markChanged(parts, prefix, d)) return;
    dirty = d;
    void run();
  };

  Dexie.on('storagemutated', handler);
  void run();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(handler);
  };
}

/** The queue's source, kept current; undefined while the first read is in flight. */
export function useQueueSource(): QueueSource | undefined {
  const [source, setSource] = useState<QueueSource>();
  const [error, setError] = useState<Error | null>(null);
  useEffect(
    () =>
      watchQueueSource(setSource, (e) =>
        setError(e instanceof Error ? e : new Error('The queue could not be read.')),
      ),
    [],
  );
  if (error !== null) throw error; // to the route's error screen, as a failed live query would
  return source;
}
