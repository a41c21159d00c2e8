import { describe, expect, it } from 'vitest';
import type { StewardDatabase } from './database';
import { withTestDatabase } from './test-database';
import { RecordValidationError, StorageFullError, guardQuota } from './errors';
import { bulkSaveRecords, restoreRecord, saveRecord, softDeleteRecord } from './records';
import { testAccount } from './test-records';

const NOW = new Date('2026-11-23T09:00:00.000Z');
let db: StewardDatabase;

const account = testAccount;

withTestDatabase('records-test', (opened) => {
  db = opened;
});

describe('saveRecord', () => {
  it('validates, stamps updatedAt and writes an outbox entry in the same transaction', async () => {
    const saved = await saveRecord('accounts', account(), { now: NOW });
    expect(saved).toMatchObject({ id: 'acc-1', updatedAt: NOW.toISOString(), deletedAt: null });
    expect(await db.accounts.get('acc-1')).toEqual(saved);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ table: 'accounts', recordId: 'acc-1', at: NOW.getTime() });
    expect(outbox[0]?.fields).toMatchObject({ name: 'Nordhavn Logistics' });
  });

  it('records only the changed fields of an update, and nothing for a no-op', async () => {
    await saveRecord('accounts', account(), { now: NOW });
    await saveRecord('accounts', { id: 'acc-1', csmName: 'Léa Dubois' }, { now: NOW });
    await saveRecord('accounts', { id: 'acc-1', csmName: 'Léa Dubois' }, { now: NOW });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => o.fields)).toHaveLength(2);
    expect(outbox[1]?.fields).toEqual({ csmName: 'Léa Dubois' });
  });

  it('refuses an invalid record with readable messages and stores nothing', async () => {
    await saveRecord('accounts', account(), { now: NOW });
    const error = await saveRecord('accounts', {
      id: 'acc-1',
      name: '  ',
      timeZone: 'Mars/Olympus',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    const fields = (error as RecordValidationError).byField();
    expect(fields.name).toMatch(/required/i);
    expect(fields.timeZone).toMatch(/IANA/);
    expect((await db.accounts.get('acc-1'))?.name).toBe('Nordhavn Logistics');
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('soft delete', () => {
  it('moves to the Trash and restores', async () => {
    await saveRecord('accounts', account(), { now: NOW });
    await softDeleteRecord('accounts', 'acc-1', { now: NOW });
    expect((await db.accounts.get('acc-1'))?.deletedAt).toBe(NOW.toISOString());
    await restoreRecord('accounts', 'acc-1', { now: NOW });
    expect((await db.accounts.get('acc-1'))?.deletedAt).toBeNull();
  });
});

describe('bulkSaveRecords', () => {
  it('stores nothing when any row is invalid, and names the row', async () => {
    const rows = [account({ id: 'a' }), account({ id: 'b', plan: 'gold' }), account({ id: 'c' })];
    const error = await bulkSaveRecords('accounts', rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as Error).message).toMatch(/^Row 2/);
    expect(await db.accounts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('rolls back the chunks already written when a row far down is invalid', async () => {
    await saveRecord('accounts', account({ id: 'kept', name: 'Kept' }), { now: NOW });
    const outboxBefore = await db.outbox.count();
    const rows = Array.from({ length: 2_500 }, (_, i) =>
      account({ id: `bulk-${String(i)}`, ...(i === 2_100 ? { plan: 'gold' } : {}) }),
    );
    const error = await bulkSaveRecords('accounts', rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as Error).message).toMatch(/^Row 2101/);
    expect(await db.accounts.count()).toBe(1);
    expect((await db.accounts.get('kept'))?.name).toBe('Kept');
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('stores every valid row, with or without outbox entries', async () => {
    await bulkSaveRecords('accounts', [account({ id: 'a' }), account({ id: 'b' })], {
      outbox: false,
    });
    expect(await db.accounts.count()).toBe(2);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('storage quota', () => {
  it('turns QuotaExceededError into a clear StorageFullError', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await expect(guardQuota(() => Promise.reject(quota))).rejects.toBeInstanceOf(StorageFullError);
    const wrapped = Object.assign(new Error('abort'), { name: 'AbortError', inner: quota });
    await expect(guardQuota(() => Promise.reject(wrapped))).rejects.toThrow(/no room left/);
    await expect(guardQuota(() => Promise.reject(new Error('other')))).rejects.toThrow('other');
  });
});
