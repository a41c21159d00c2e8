/**
 * Test support: a simulated device (shared/sync/simulation.ts) over the replica the app ships,
 * DexieReplica on IndexedDB, its edits stamped by the outbox stamping as the app's writes are.
 */
import { recordKey } from '@shared/sync/index';
import type { FieldMap } from '@shared/sync/index';
import type { SimDevice } from '@shared/sync/simulation';
import { openDatabase, type StewardDatabase } from './database';
import { mutationOf, outboxScope, stampOutbox } from './outbox-stamp';
import { DexieReplica } from './sync-replica';
import { fieldsOf } from './sync-rows';

let n = 0;

/** A fresh device on its own database (pushed to `dbs`, for the caller to delete). */
export async function dexieDevice(
  dbs: StewardDatabase[],
  now: number,
): Promise<SimDevice & { replica: DexieReplica }> {
  const db = openDatabase(`sync-sim-device-${++n}`);
  await db.open();
  dbs.push(db);
  const replica = await DexieReplica.open({ db, now: () => now });
  return {
    replica,
    // A local change as the app's bulk writes leave it: an outbox row, then stamping.
    edit: (table, recordId, values, at) =>
      db.transaction('rw', outboxScope(db), async () => {
        await db.outbox.add({ table, recordId, fields: values, at });
        const [row] = await stampOutbox(db, replica.clientId, 'tail');
        const m = row === undefined ? null : mutationOf(replica.clientId, row);
        if (m === null) throw new Error('the edit was not stamped');
        return m.fields;
      }),
    snapshot: async () => {
      const out: Record<string, FieldMap> = {};
      for (const row of await db.syncFields.toArray())
        out[recordKey(row.table, row.recordId)] = fieldsOf(row) ?? {};
      return out;
    },
    finishPull: () => replica.finishPull(),
  };
}
