import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS } from '@shared/schemas/index';
import type { StewardDatabase } from './database';
import { RecordValidationError } from './errors';
import { saveMeetingWithActions } from './meetings';
import { bulkSaveRecords, restoreRecord, saveRecord, softDeleteRecord } from './records';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupError, parseBackup } from '@shared/transfer/backup';
import { withTestDatabase } from './test-database';
import { testAccount } from './test-records';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const LONG = 'L'.repeat(10_000);
let db: StewardDatabase;

withTestDatabase('limits-test', (opened) => {
  db = opened;
});

/** A record stored before the limits existed (e.g. pulled from the server), written directly. */
async function storeLongNamedAccount() {
  await db.accounts.put({
    ...testAccount(),
    name: LONG,
    updatedAt: NOW.toISOString(),
    deletedAt: null,
  });
}

describe('text limits on writes', () => {
  it('refuses a new over-limit name with the limit in the message and stores nothing', async () => {
    const error = await saveRecord('accounts', testAccount({ name: LONG })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).byField().name).toContain(String(TEXT_LIMITS.name));
    expect(await db.accounts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps a stored over-limit name through other edits, the Trash and back, and refuses editing it', async () => {
    await storeLongNamedAccount();
    await saveRecord('accounts', { id: 'acc-1', csmName: 'Léa Dubois' }, { now: NOW });
    await softDeleteRecord('accounts', 'acc-1', { now: NOW });
    await restoreRecord('accounts', 'acc-1', { now: NOW });
    expect((await db.accounts.get('acc-1'))?.name).toBe(LONG);
    const edit = saveRecord('accounts', { id: 'acc-1', name: `${LONG}!` }, { now: NOW });
    await expect(edit).rejects.toBeInstanceOf(RecordValidationError);
    expect((await db.accounts.get('acc-1'))?.name).toBe(LONG);
  });

  it('refuses a bulk write (import) with one over-limit row: nothing stored', async () => {
    const rows = [testAccount({ id: 'a1' }), testAccount({ id: 'a2', csmName: LONG })];
    const error = await bulkSaveRecords('accounts', rows).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).message).toMatch(
      /^Row 2 .*CSM name is longer than 200/,
    );
    expect(await db.accounts.count()).toBe(0);
  });

  it('refuses an over-limit agenda item when saving a meeting, storing nothing', async () => {
    await saveRecord('accounts', testAccount(), { now: NOW });
    const meeting = {
      id: 'm1',
      accountId: 'acc-1',
      kind: 'steering-committee' as const,
      title: 'Steering',
      startsAt: '2026-11-24T09:00:00.000Z',
      agenda: ['Roadmap', 'x'.repeat(TEXT_LIMITS.line + 1)],
    };
    await expect(saveMeetingWithActions(meeting, [], [], NOW)).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    expect(await db.meetings.count()).toBe(0);
  });

  it('refuses a backup file holding an over-limit text, naming the record and the field', () => {
    const account = { ...testAccount(), name: LONG, updatedAt: NOW.toISOString(), deletedAt: null };
    const text = JSON.stringify({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: NOW.toISOString(),
      tables: { accounts: [account] },
    });
    let error: unknown;
    try {
      parseBackup(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).details).toEqual([
      'accounts #1: name: Account name is longer than 200 characters; shorten it to save',
    ]);
  });
});
