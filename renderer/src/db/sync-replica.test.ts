import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryReplica, syncOnce } from '@shared/sync/index';
import { openDatabase, setDatabaseForTesting, type StewardDatabase } from './database';
import { saveRecord } from './records';
import { DexieReplica } from './sync-replica';
import { FakeServer } from './sync-test-server';
import { testAccount } from './test-records';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const account = (id: string, over: Record<string, unknown> = {}) => testAccount({ id, ...over });

/** What a peer's first edit of a record carries besides the record itself. */
const stamps = { updatedAt: '2026-03-02T09:00:00.000Z', deletedAt: null };
const incidentOf = (id: string) => ({
  ...stamps,
  id,
  accountId: 'acc-1',
  title: `Incident ${id}`,
  severity: 3 as const,
  status: 'new' as const,
  category: 'application' as const,
  reportedAt: '2026-03-02T08:00:00.000Z',
  rankKey: 'a0',
});

let n = 0;
const dbs: StewardDatabase[] = [];
async function device(): Promise<{ db: StewardDatabase; replica: DexieReplica }> {
  const db = openDatabase(`sync-replica-${++n}`);
  await db.open();
  dbs.push(db);
  return { db, replica: await DexieReplica.open({ db, now: () => T0 }) };
}

let server: FakeServer;
beforeEach(() => {
  server = new FakeServer();
});
afterEach(async () => {
  setDatabaseForTesting(null);
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

async function sync(r: DexieReplica | MemoryReplica, now = T0) {
  const res = await syncOnce(r, server.transport(), { now: () => now, batchSize: 2, pageSize: 2 });
  if (r instanceof DexieReplica) await r.finishPull();
  return res;
}

describe('DexieReplica', () => {
  it('pushes local edits, acknowledges them and bootstraps a fresh device', async () => {
    const a = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    await saveRecord('accounts', account('acc-2', { name: 'Brightwater' }), {
      db: a.db,
      now: new Date(T0),
    });
    await saveRecord(
      'accounts',
      { id: 'acc-1', csmName: 'Ana Ruiz' },
      { db: a.db, now: new Date(T0 + 1000) },
    );
    expect(await a.db.outbox.count()).toBe(3);

    const first = await a.replica.nextBatch(10);
    expect(first?.mutations.map((m) => m.mutationId)).toEqual([1, 2, 3]);
    // A retried push (lost response) reuses the same ids and clocks.
    expect(await a.replica.nextBatch(10)).toEqual(first);

    const res = await sync(a.replica);
    expect(res.pushed).toBe(3);
    expect(await a.db.outbox.count()).toBe(0);

    const b = await device();
    const boot = await sync(b.replica);
    expect(boot.pulled).toBe(2);
    expect(await b.replica.cursor()).toBe(server.seq);
    const acc1 = await b.db.accounts.get('acc-1');
    expect(acc1?.csmName).toBe('Ana Ruiz');
    expect(acc1?.name).toBe('Nordhavn Logistics');
    // Pulled data never goes back out.
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('raises no note when another device later changes a field this one wrote and saw confirmed', async () => {
    const a = await device();
    const b = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    await sync(a.replica);
    await sync(b.replica);
    await saveRecord(
      'accounts',
      { id: 'acc-1', name: 'Renamed by B' },
      { db: b.db, now: new Date(T0 + 5_000) },
    );
    await sync(b.replica);
    await sync(a.replica);
    expect((await a.db.accounts.get('acc-1'))?.name).toBe('Renamed by B');
    expect(await a.db.conflicts.count()).toBe(0);
  });

  it('leaves a row it already holds untouched when its own change comes back', async () => {
    const a = await device();
    const b = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    let written = 0;
    const count = () => void (written += 1);
    a.db.accounts.hook('creating', count);
    a.db.accounts.hook('updating', count);
    await sync(a.replica); // pushes, then pulls its own change back
    expect(await a.replica.cursor()).toBe(server.seq);
    expect(written).toBe(0);
    // A change made elsewhere is still written.
    await sync(b.replica);
    const later = { db: b.db, now: new Date(T0 + 1000) };
    await saveRecord('accounts', { id: 'acc-1', csmName: 'Ana Ruiz' }, later);
    await sync(b.replica);
    await sync(a.replica);
    expect(written).toBe(1);
    expect((await a.db.accounts.get('acc-1'))?.csmName).toBe('Ana Ruiz');
  });

  it('merges edits of different fields made offline on two devices', async () => {
    const a = await device();
    const b = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    await sync(a.replica);
    await sync(b.replica);

    await saveRecord(
      'accounts',
      { id: 'acc-1', csmName: 'Ana Ruiz' },
      { db: a.db, now: new Date(T0 + 10_000) },
    );
    await saveRecord(
      'accounts',
      { id: 'acc-1', sdmName: 'Li Wei' },
      { db: b.db, now: new Date(T0 + 20_000) },
    );
    await sync(a.replica);
    await sync(b.replica);
    await sync(a.replica);

    for (const d of [a, b]) {
      const acc = await d.db.accounts.get('acc-1');
      expect(acc?.csmName).toBe('Ana Ruiz');
      expect(acc?.sdmName).toBe('Li Wei');
      expect(await d.db.conflicts.toArray()).toEqual([]);
      expect(await d.db.outbox.count()).toBe(0);
    }
  });

  it('notes a same-field conflict on the losing device, like MemoryReplica', async () => {
    const a = await device();
    const b = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    await sync(a.replica);
    await sync(b.replica);

    await saveRecord(
      'accounts',
      { id: 'acc-1', name: 'Mine (A)' },
      { db: a.db, now: new Date(T0 + 10_000) },
    );
    await saveRecord(
      'accounts',
      { id: 'acc-1', name: 'Theirs (B)' },
      { db: b.db, now: new Date(T0 + 20_000) },
    );
    await sync(b.replica);
    const notes = (await sync(a.replica)).conflicts;

    expect((await a.db.accounts.get('acc-1'))?.name).toBe('Theirs (B)');
    expect(notes).toHaveLength(1);
    const stored = await a.db.conflicts.toArray();
    expect(stored).toMatchObject([
      {
        table: 'accounts',
        recordId: 'acc-1',
        field: 'name',
        localValue: 'Mine (A)',
        winningValue: 'Theirs (B)',
        by: b.replica.clientId,
      },
    ]);
    await sync(b.replica);
    expect((await b.db.accounts.get('acc-1'))?.name).toBe('Theirs (B)');
    // B replaced a name it had not seen: it is told so, once.
    expect(await b.db.conflicts.toArray()).toMatchObject([
      { field: 'name', kind: 'unseen', localValue: 'Theirs (B)', winningValue: 'Mine (A)' },
    ]);

    // The same story with MemoryReplica gives the same note fields.
    const ma = new MemoryReplica('ma');
    const mb = new MemoryReplica('mb');
    ma.edit('accounts', 'x', { name: 'Mine (A)' }, T0 + 10_000);
    mb.edit('accounts', 'x', { name: 'Theirs (B)' }, T0 + 20_000);
    await sync(mb);
    const memNotes = (await sync(ma)).conflicts;
    expect(memNotes.map((c) => [c.field, c.localValue, c.winningValue])).toEqual(
      notes.map((c) => [c.field, c.localValue, c.winningValue]),
    );
  });

  it('keeps unknown fields and skips plain rows a newer peer made invalid here', async () => {
    const a = await device();
    const mem = new MemoryReplica('newer-peer');
    const values = { ...account('acc-9'), updatedAt: '2026-03-02T09:00:00.000Z', deletedAt: null };
    mem.edit('accounts', 'acc-9', { ...values, healthScore: 87 }, T0);
    mem.edit('accounts', 'acc-10', { ...values, id: 'acc-10', plan: 'platinum-2030' }, T0);
    await sync(mem);
    await sync(a.replica);

    const fields = await a.db.syncFields.get(['accounts', 'acc-9']);
    expect(fields?.packed?.values.healthScore).toBe(87);
    const plain = (await a.db.accounts.get('acc-9')) as Record<string, unknown> | undefined;
    expect(plain?.name).toBe('Nordhavn Logistics');
    expect(plain).not.toHaveProperty('healthScore');

    expect(await a.db.accounts.get('acc-10')).toBeUndefined();
    expect((await a.db.syncFields.get(['accounts', 'acc-10']))?.packed?.values.plan).toBe(
      'platinum-2030',
    );
    expect((await a.db.syncWarnings.get(['accounts', 'acc-10']))?.issues[0]?.field).toBe('plan');
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('keeps a pending local edit when an older remote value arrives first, and notes both sides', async () => {
    const a = await device();
    const b = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    await sync(a.replica);
    await sync(b.replica);
    await saveRecord(
      'accounts',
      { id: 'acc-1', name: 'Older (B)' },
      { db: b.db, now: new Date(T0 + 5_000) },
    );
    await sync(b.replica);
    await saveRecord(
      'accounts',
      { id: 'acc-1', name: 'Newer (A)' },
      { db: a.db, now: new Date(T0 + 9_000) },
    );
    // Pull only: the local edit is not pushed yet but must survive the merge.
    await a.replica.applyPull(
      await server.transport().pull(await a.replica.cursor(), 50),
      T0 + 10_000,
    );
    expect((await a.db.accounts.get('acc-1'))?.name).toBe('Newer (A)');
    await sync(a.replica);
    await sync(b.replica);
    expect((await b.db.accounts.get('acc-1'))?.name).toBe('Newer (A)');
    // A wrote without having seen B's name (its base is the first one): B is told, however
    // long ago its write was confirmed, and A learns it replaced a name it had not seen.
    expect(await b.db.conflicts.toArray()).toMatchObject([
      { field: 'name', kind: 'overwritten', localValue: 'Older (B)', winningValue: 'Newer (A)' },
    ]);
    expect(await a.db.conflicts.toArray()).toMatchObject([
      { field: 'name', kind: 'unseen', localValue: 'Newer (A)', winningValue: 'Older (B)' },
    ]);
  });

  it('repairs duplicate rank keys after a pull with ordinary, pushed edits', async () => {
    const a = await device();
    const b = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    await sync(a.replica);
    await sync(b.replica);
    const incident = (id: string) => ({
      id,
      accountId: 'acc-1',
      title: `Incident ${id}`,
      severity: 3 as const,
      status: 'new' as const,
      category: 'application' as const,
      reportedAt: '2026-03-02T08:00:00.000Z',
      rankKey: 'a0',
    });
    await saveRecord('incidents', incident('inc-a'), { db: a.db, now: new Date(T0 + 1_000) });
    await saveRecord('incidents', incident('inc-b'), { db: b.db, now: new Date(T0 + 2_000) });
    await sync(a.replica);
    await sync(b.replica);
    expect(await b.db.outbox.count()).toBeGreaterThan(0); // the repair, queued like any edit
    await sync(b.replica);
    await sync(a.replica);
    for (const d of [a, b]) {
      const keys = (await d.db.incidents.toArray()).map((i) => i.rankKey);
      expect(new Set(keys).size).toBe(2);
    }
    expect(await a.db.incidents.toArray()).toEqual(await b.db.incidents.toArray());
  });
  it('repairs duplicate rank keys on a first download from the incidents it wrote', async () => {
    const seeder = new MemoryReplica('seeder');
    seeder.edit('accounts', 'acc-1', { ...account('acc-1'), ...stamps }, T0);
    for (const id of ['inc-a', 'inc-b']) {
      seeder.edit('incidents', id, { ...incidentOf(id), rankKey: 'a0' }, T0);
    }
    await sync(seeder);
    const fresh = await device();
    await sync(fresh.replica);
    expect(await fresh.db.outbox.count()).toBe(1); // one of the two is re-keyed, as an edit
    await sync(fresh.replica);
    await sync(seeder);
    const keys = (await fresh.db.incidents.toArray()).map((i) => i.rankKey);
    expect(new Set(keys).size).toBe(2);
    expect(seeder.records()).toHaveLength(3);
  });

  it('keeps a local edit made while a first download is under way', async () => {
    const seeder = new MemoryReplica('seeder');
    seeder.edit('accounts', 'acc-1', { ...account('acc-1'), ...stamps }, T0);
    seeder.edit('accounts', 'acc-2', { ...account('acc-2', { name: 'Old name' }), ...stamps }, T0);
    await sync(seeder);
    const fresh = await device();
    const transport = server.transport();
    const first = await transport.pull(0, 1);
    await fresh.replica.applyPull(first, T0);
    // The user creates acc-2 locally (newer) before the page holding the server's acc-2 arrives.
    await saveRecord('accounts', account('acc-2', { name: 'Mine' }), {
      db: fresh.db,
      now: new Date(T0 + 5_000),
    });
    await fresh.replica.applyPull(await transport.pull(first.cursor, 10), T0 + 6_000);
    expect((await fresh.db.accounts.get('acc-2'))?.name).toBe('Mine');
  });

  it('reads field maps stored before packing', async () => {
    const a = await device();
    const later = '2026-03-02T10:00:00.000Z-0000-old-device';
    await a.db.syncFields.put({
      table: 'accounts',
      recordId: 'acc-1',
      fields: { name: { value: 'Kept (newer, local)', hlc: later } },
    });
    const seeder = new MemoryReplica('seeder');
    seeder.edit('accounts', 'acc-1', { ...account('acc-1'), ...stamps }, T0);
    await sync(seeder);
    await sync(a.replica);
    expect((await a.db.accounts.get('acc-1'))?.name).toBe('Kept (newer, local)');
    expect((await a.db.syncFields.get(['accounts', 'acc-1']))?.packed?.values.name).toBe(
      'Kept (newer, local)',
    );
  });

  it('carries cleared fields to the other device', async () => {
    const a = await device();
    const b = await device();
    await saveRecord('accounts', account('acc-1'), { db: a.db, now: new Date(T0) });
    const filled = { ...incidentOf('inc-1'), description: 'Login takes a minute', owner: 'Ana' };
    await saveRecord('incidents', filled, { db: a.db, now: new Date(T0) });
    await sync(a.replica);
    await sync(b.replica);
    expect((await b.db.incidents.get('inc-1'))?.owner).toBe('Ana');

    const cleared = { id: 'inc-1', description: '', owner: null };
    await saveRecord('incidents', cleared, { db: a.db, now: new Date(T0 + 1_000) });
    await sync(a.replica);
    await sync(b.replica);
    expect(await b.db.incidents.get('inc-1')).toMatchObject(cleared);
    expect(await b.db.syncWarnings.count()).toBe(0);
  });
});
