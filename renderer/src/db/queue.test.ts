import { RangeSet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { StewardDatabase } from './database';
import { createIncident, loadSlaWatchIncidents, updateIncident } from './incidents';
import { changedKeys, onRecordsWritten, watchQueueSource, type QueueSource } from './queue';
import { bulkSaveRecords, saveRecord, softDeleteRecord } from './records';
import { withTestDatabase } from './test-database';
import { saveWorkspaceSettings } from './workspace';
import { testAccount, testIncidentInput } from './test-records';

const T0 = new Date('2026-03-10T09:00:00.000Z');
let db: StewardDatabase;
let stop: () => void = () => undefined;

withTestDatabase('queue-source-test', async (opened) => {
  db = opened;
  await saveRecord('accounts', testAccount(), { now: T0 });
});
afterEach(() => stop());

/** Watches the source; `next()` resolves with the next source it reports. */
function watch() {
  const seen: QueueSource[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  stop = watchQueueSource(
    (s) => {
      seen.push(s);
      wake?.();
    },
    (e) => errors.push(e),
    db,
  );
  let read = 0;
  const next = async (): Promise<QueueSource> => {
    while (seen.length <= read) await new Promise<void>((r) => (wake = r));
    return seen[read++] as QueueSource;
  };
  /** The first source after those already read that passes `ok`; fails after 5 s. */
  const until = async (ok: (s: QueueSource) => boolean): Promise<QueueSource> => {
    const t0 = Date.now();
    for (;;) {
      const at = seen.findIndex((x, i) => i >= read && ok(x));
      const found = seen[at];
      if (found !== undefined) {
        read = at + 1;
        return found;
      }
      if (Date.now() - t0 > 5_000) throw new Error('No such source was reported.');
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  return { next, until, errors };
}

const titles = (s: QueueSource) => s.incidents.map((i) => i.title).sort();

describe('watchQueueSource', () => {
  it('reads open incidents not in the Trash, then follows writes from any of the app’s paths', async () => {
    const open = await createIncident(testIncidentInput({ title: 'Open one' }), 'x', T0);
    const closing = await createIncident(testIncidentInput({ title: 'Closing' }), 'x', T0);
    const trashed = await createIncident(testIncidentInput({ title: 'Trashed' }), 'x', T0);
    await softDeleteRecord('incidents', trashed.id, { now: T0 });
    const w = watch();
    const first = await w.next();
    expect(titles(first)).toEqual(['Closing', 'Open one']);

    // A changed incident is read back and replaces the old object; the others stay as they were.
    const kept = first.incidents;
    await updateIncident(open.id, { severity: 3 }, 'x', T0);
    const s = await w.until((x) => x.incidents.some((i) => i.id === open.id && i.severity === 3));
    expect(s.incidents.find((i) => i.id === closing.id)).toBe(
      kept.find((i) => i.id === closing.id),
    );

    // Closed, or moved to the Trash: it leaves the queue. Restored: it comes back.
    await updateIncident(closing.id, { status: 'closed' }, 'x', T0);
    await w.until((x) => titles(x).join() === 'Open one');
    await saveRecord('incidents', { id: trashed.id, deletedAt: null }, { now: T0 });
    await w.until((x) => titles(x).join() === 'Open one,Trashed');
    expect(w.errors).toEqual([]);
  });

  it('reads accounts, special events and settings again when they change', async () => {
    const w = watch();
    expect((await w.next()).accounts.map((a) => a.name)).toEqual(['Nordhavn Logistics']);
    await saveRecord('accounts', { id: 'acc-1', name: 'Renamed' }, { now: T0 });
    await w.until((x) => x.accounts[0]?.name === 'Renamed');
    await saveWorkspaceSettings({ atRiskFraction: 0.5 }, { now: T0 });
    await w.until((x) => x.settings.atRiskFraction === 0.5);
  });

  it('reads everything again after a write too large to patch, or a clear', async () => {
    const w = watch();
    expect((await w.next()).incidents).toEqual([]);
    const base = await createIncident(testIncidentInput({ title: 'Bulk' }), 'x', T0);
    const many = Array.from({ length: 2_100 }, (_, n) => ({ ...base, id: `bulk-${String(n)}` }));
    await bulkSaveRecords('incidents', many, { outbox: false, now: T0 });
    await w.until((x) => x.incidents.length === 2_101);
    await db.incidents.clear();
    await w.until((x) => x.incidents.length === 0);
  });
});

describe('onRecordsWritten and loadSlaWatchIncidents', () => {
  it('names the incidents written, and reads back only those still open and not in the Trash', async () => {
    const a = await createIncident(testIncidentInput({ title: 'A' }), 'x', T0);
    const b = await createIncident(testIncidentInput({ title: 'B' }), 'x', T0);
    const seen: Array<Map<string, string[] | null>> = [];
    stop = onRecordsWritten(['incidents', 'accounts'], (w) => seen.push(w), db);
    await updateIncident(a.id, { severity: 3 }, 'x', T0);
    await softDeleteRecord('incidents', b.id, { now: T0 });
    await expect.poll(() => seen.length).toBe(2);
    expect(seen.map((w) => [...w])).toEqual([[['incidents', [a.id]]], [['incidents', [b.id]]]]);
    const rows = await loadSlaWatchIncidents([a.id, b.id, 'nope'], db);
    expect(rows.map((i) => i?.severity ?? null)).toEqual([3, null, null]);
    await updateIncident(a.id, { status: 'closed' }, 'x', T0);
    expect(await loadSlaWatchIncidents([a.id], db)).toEqual([undefined]);
  });
});

describe('changedKeys', () => {
  it('lists the keys of a write, and gives null for a range or too many keys', () => {
    expect(changedKeys(new RangeSet().addKeys(['b', 'a']))?.sort()).toEqual(['a', 'b']);
    // A write from another window arrives as a structured clone: plain objects.
    expect(
      changedKeys(structuredClone(Object.assign({}, new RangeSet().addKeys(['x', 'y', 'z'])))),
    ).toEqual(expect.arrayContaining(['x', 'y', 'z']));
    expect(changedKeys(new RangeSet())).toEqual([]);
    expect(changedKeys(new RangeSet('a', 'c'))).toBeNull();
    expect(changedKeys(new RangeSet().addKeys(['a', 'b', 'c']), 2)).toBeNull();
  });
});
