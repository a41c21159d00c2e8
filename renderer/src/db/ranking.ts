import { useLiveQuery } from 'dexie-react-hooks';
import { isOpenStatus } from '@shared/incidents/index';
import type { RankUpdate } from '@shared/ranking/index';
import type { Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { database } from './database';
import { saveRecord } from './records';
import { outboxScope } from './outbox-stamp';
import { loadWorkspaceSettings } from './workspace';

export interface RankingSource {
  /** The account's open incidents, in no particular order. */
  incidents: Incident[];
  specialEvents: SpecialEvent[];
  settings: WorkspaceSettings;
}

/** The account's open incidents and what their SLA clocks need; undefined while loading. */
export function useRankingSource(accountId: string): RankingSource | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [incidents, specialEvents, settings] = await Promise.all([
      db.incidents
        .where('accountId')
        .equals(accountId)
        .filter((i) => i.deletedAt === null && isOpenStatus(i.status))
        .toArray(),
      db.specialEvents
        .where('accountId')
        .equals(accountId)
        .filter((e) => e.deletedAt === null)
        .toArray(),
      loadWorkspaceSettings(),
    ]);
    return { incidents, specialEvents, settings };
  }, [accountId]);
}

/**
 * Stores a client-ranking move: only the changed keys, each through saveRecord (validation and
 * outbox), all in one transaction so a half-applied move never reaches the queue or the sync.
 * Refuses updates for incidents of another account.
 */
export async function applyClientRankMove(
  accountId: string,
  updates: readonly RankUpdate[],
): Promise<void> {
  if (updates.length === 0) return;
  const db = database();
  const now = new Date();
  await db.transaction('rw', [db.incidents, ...outboxScope(db)], async () => {
    for (const update of updates) {
      const incident = await db.incidents.get(update.id);
      if (incident?.accountId !== accountId) {
        throw new Error(`Incident ${update.id} does not belong to this account.`);
      }
      await saveRecord('incidents', { id: update.id, rankKey: update.rankKey }, { now });
    }
  });
}
