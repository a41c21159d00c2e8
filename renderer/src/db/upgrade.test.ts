import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '@shared/demo/index';
import { validateRecord } from '@shared/schemas/index';
import {
  openDatabase,
  SCHEMA_V2,
  SCHEMA_V3_ADDED,
  SCHEMA_V4_ADDED,
  SCHEMA_V5_ADDED,
} from './database';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes real records with the schema an older release of the app declared, then closes. */
async function writeWithVersion(
  name: string,
  version: 2 | 3 | 5,
): Promise<ReturnType<typeof generateDemoWorkspace>> {
  const demo = generateDemoWorkspace({
    seed: 7,
    now: new Date('2026-11-23T09:00:00Z'),
    accounts: 4,
    incidents: 40,
  });
  const old = new Dexie(name);
  old.version(1).stores({ preferences: 'key' });
  old.version(2).stores(SCHEMA_V2);
  if (version >= 3) old.version(3).stores(SCHEMA_V3_ADDED);
  if (version >= 5) {
    old.version(4).stores(SCHEMA_V4_ADDED);
    old.version(5).stores(SCHEMA_V5_ADDED);
  }
  await old.open();
  await old.table('preferences').put({ key: 'device', language: 'fr', theme: 'dark' });
  await old.table('accounts').bulkPut(demo.accounts);
  await old.table('incidents').bulkPut(demo.incidents);
  await old
    .table('outbox')
    .add({ table: 'accounts', recordId: demo.accounts[0]?.id, fields: { name: 'x' }, at: 1 });
  old.close();
  return demo;
}

describe('database upgrades', () => {
  it.each([2, 3, 5] as const)(
    'opens a version %i database with its data intact',
    async (version) => {
      const name = `upgrade-from-v${String(version)}`;
      names.push(name);
      const demo = await writeWithVersion(name, version);
      const db = openDatabase(name);
      await db.open();
      expect(db.verno).toBeGreaterThan(version);
      expect(await db.accounts.toArray()).toEqual(
        [...demo.accounts].sort((a, b) => a.id.localeCompare(b.id)),
      );
      expect(await db.incidents.count()).toBe(demo.incidents.length);
      // Records written by the older version still satisfy today's schemas.
      for (const incident of await db.incidents.toArray()) {
        expect(validateRecord('incidents', incident).ok).toBe(true);
      }
      expect(await db.preferences.get('device')).toMatchObject({ language: 'fr', theme: 'dark' });
      expect(await db.outbox.count()).toBe(1);
      // Tables added since are there and usable.
      expect(await db.readinessAssessments.count()).toBe(0);
      expect(db.tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(['syncFields', 'conflicts']),
      );
      db.close();
    },
  );

  it('keeps only the indexes the screens query, and they still find the records', async () => {
    const name = 'upgrade-indexes';
    names.push(name);
    const demo = await writeWithVersion(name, 5);
    const db = openDatabase(name);
    await db.open();
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((i) => i.name)
        .sort();
    expect(indexes('incidents')).toEqual(['accountId', 'status']);
    expect(indexes('accounts')).toEqual([]);
    expect(indexes('actionItems')).toEqual(['accountId', 'meetingId']);
    expect(indexes('releaseAssessments')).toEqual([
      '[releaseId+accountId]',
      'accountId',
      'releaseId',
    ]);
    const account = demo.accounts[0]?.id ?? '';
    const expected = demo.incidents.filter((i) => i.accountId === account).length;
    expect(expected).toBeGreaterThan(0);
    expect(await db.incidents.where('accountId').equals(account).count()).toBe(expected);
    const open = demo.incidents.filter((i) => i.status === 'new').length;
    expect(await db.incidents.where('status').equals('new').count()).toBe(open);
    db.close();
  });
});
