import { generateDemoWorkspace } from '@shared/demo/index';
import { RECORD_TABLES, recordSchemas } from '@shared/schemas/index';
import { describe, expect, it } from 'vitest';
import type { StewardDatabase } from './database';
import { withTestDatabase } from './test-database';
import { restoreRecord, softDeleteRecord } from './records';
import { ACCOUNT_RECORD_TABLES, purgeRecord, totalOf, type AccountRecordTable } from './trash';

const LOADED = new Date('2026-04-15T10:00:00.000Z');
const EARLIER = new Date('2026-04-16T08:00:00.000Z');
const DELETED = new Date('2026-04-17T09:30:00.000Z');
const RESTORED = new Date('2026-04-17T09:31:00.000Z');
// acc-0001 has records in every account table, acc-0002 is the bystander.
const demo = generateDemoWorkspace({ seed: 7, now: LOADED, accounts: 3, incidents: 30 });
const ACC = 'acc-0001';
const OTHER = 'acc-0002';

let db: StewardDatabase;

interface Row {
  id: string;
  accountId?: string;
  deletedAt: string | null;
}

const rowsOf = async (table: AccountRecordTable, accountId: string) =>
  (await db.table<Row, string>(table).toArray()).filter((r) => r.accountId === accountId);

const demoCount = (table: AccountRecordTable, accountId: string) =>
  (demo[table] as Row[]).filter((r) => r.accountId === accountId).length;

withTestDatabase('trash-test', async (opened) => {
  db = opened;
  await db.accounts.bulkPut(demo.accounts);
  for (const table of ACCOUNT_RECORD_TABLES) await db.table(table).bulkPut(demo[table]);
});

describe('account record tables', () => {
  it('lists every record table whose schema has an accountId, and no other', () => {
    const withAccount = RECORD_TABLES.filter(
      (t) => t !== 'accounts' && 'accountId' in (recordSchemas[t] as { shape: object }).shape,
    );
    expect([...ACCOUNT_RECORD_TABLES].sort()).toEqual([...withAccount].sort());
  });

  it('the fixture account has records in every one of them', () => {
    for (const table of ACCOUNT_RECORD_TABLES) expect(demoCount(table, ACC)).toBeGreaterThan(0);
  });
});

describe('deleting an account', () => {
  it('moves every live record of it to the Trash with the same stamp, and queues each for sync', async () => {
    const change = await softDeleteRecord('accounts', ACC, { now: DELETED });
    const stamp = DELETED.toISOString();
    expect((await db.accounts.get(ACC))?.deletedAt).toBe(stamp);
    const outbox = await db.outbox.toArray();
    for (const table of ACCOUNT_RECORD_TABLES) {
      const rows = await rowsOf(table, ACC);
      expect(rows.map((r) => r.deletedAt)).toEqual(rows.map(() => stamp));
      expect(change.along[table]).toBe(rows.length);
      const queued = outbox.filter((o) => o.table === table).map((o) => o.recordId);
      expect(queued.sort()).toEqual(rows.map((r) => r.id).sort());
    }
    for (const row of outbox) {
      expect(row).toMatchObject({ fields: { deletedAt: stamp }, at: DELETED.getTime() });
    }
    expect(outbox.filter((o) => o.table === 'accounts').map((o) => o.recordId)).toEqual([ACC]);
    expect(outbox).toHaveLength(1 + totalOf(change.along));
  });

  it('leaves other accounts’ records alone', async () => {
    await softDeleteRecord('accounts', ACC, { now: DELETED });
    for (const table of ACCOUNT_RECORD_TABLES) {
      for (const row of await rowsOf(table, OTHER)) expect(row.deletedAt).toBeNull();
    }
    expect((await db.accounts.get(OTHER))?.deletedAt).toBeNull();
  });

  it('changes nothing when any write fails: one transaction', async () => {
    const victim = demo.meetings.find((m) => m.accountId === ACC)?.id;
    db.outbox.hook('creating', (_key, row) => {
      if (row.recordId === victim) throw new Error('disk trouble');
    });
    await expect(softDeleteRecord('accounts', ACC, { now: DELETED })).rejects.toThrow(
      'disk trouble',
    );
    expect((await db.accounts.get(ACC))?.deletedAt).toBeNull();
    for (const row of await rowsOf('incidents', ACC)) expect(row.deletedAt).toBeNull();
    expect(await db.outbox.count()).toBe(0);
  });

  it('does not re-stamp an account already in the Trash', async () => {
    await softDeleteRecord('accounts', ACC, { now: DELETED });
    const again = await softDeleteRecord('accounts', ACC, { now: RESTORED });
    expect(totalOf(again.along)).toBe(0);
    expect((await db.accounts.get(ACC))?.deletedAt).toBe(DELETED.toISOString());
  });
});

describe('restoring', () => {
  it('an account brings back exactly the records deleted with it', async () => {
    const [early, ...rest] = await rowsOf('incidents', ACC);
    if (!early) throw new Error('fixture has no incident');
    await softDeleteRecord('incidents', early.id, { now: EARLIER });
    const deleted = await softDeleteRecord('accounts', ACC, { now: DELETED });
    expect(deleted.along.incidents).toBe(rest.length);
    await db.outbox.clear();

    const restored = await restoreRecord('accounts', ACC, { now: RESTORED });
    expect(restored.along).toEqual(deleted.along);
    expect((await db.accounts.get(ACC))?.deletedAt).toBeNull();
    expect((await db.incidents.get(early.id))?.deletedAt).toBe(EARLIER.toISOString());
    for (const r of rest) expect((await db.incidents.get(r.id))?.deletedAt).toBeNull();
    for (const table of ACCOUNT_RECORD_TABLES.filter((t) => t !== 'incidents')) {
      for (const row of await rowsOf(table, ACC)) expect(row.deletedAt).toBeNull();
    }
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1 + totalOf(deleted.along));
    expect(outbox.every((o) => o.fields.deletedAt === null)).toBe(true);
    expect(outbox.some((o) => o.recordId === early.id)).toBe(false);
  });

  it('a record of an account in the Trash brings the account back, and only it', async () => {
    await softDeleteRecord('accounts', ACC, { now: DELETED });
    const [one, other] = await rowsOf('meetings', ACC);
    if (!one || !other) throw new Error('fixture needs two meetings');
    const change = await restoreRecord('meetings', one.id, { now: RESTORED });
    expect(change.account?.id).toBe(ACC);
    expect(change.account?.name).toBe(demo.accounts[0]?.name);
    expect((await db.accounts.get(ACC))?.deletedAt).toBeNull();
    expect((await db.meetings.get(one.id))?.deletedAt).toBeNull();
    expect((await db.meetings.get(other.id))?.deletedAt).toBe(DELETED.toISOString());
  });

  it('a record of a live account restores just the record', async () => {
    const [one] = await rowsOf('workOrders', ACC);
    if (!one) throw new Error('fixture has no work order');
    await softDeleteRecord('workOrders', one.id, { now: EARLIER });
    const change = await restoreRecord('workOrders', one.id, { now: RESTORED });
    expect(change).toEqual({ along: {}, account: null });
    expect((await db.workOrders.get(one.id))?.deletedAt).toBeNull();
  });
});

describe('purging an account', () => {
  it('purges its records in the Trash with it, and leaves the live ones', async () => {
    const [early] = await rowsOf('incidents', ACC);
    if (!early) throw new Error('fixture has no incident');
    await softDeleteRecord('incidents', early.id, { now: EARLIER });
    const deleted = await softDeleteRecord('accounts', ACC, { now: DELETED });
    const [back] = await rowsOf('timeEntries', ACC);
    if (!back) throw new Error('fixture has no time entry');
    await db.timeEntries.update(back.id, { deletedAt: null });

    const purged = await purgeRecord('accounts', ACC, db);
    expect(totalOf(purged)).toBe(totalOf(deleted.along)); // the early one in, the live one out
    expect(await db.accounts.get(ACC)).toBeUndefined();
    expect(await db.incidents.get(early.id)).toBeUndefined();
    expect((await rowsOf('timeEntries', ACC)).map((r) => r.id)).toEqual([back.id]);
  });
});
