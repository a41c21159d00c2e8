import { useLiveQuery } from 'dexie-react-hooks';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { database, type StewardDatabase } from './database';
import { OPEN_STATUSES } from './queries';
import { loadWorkspaceSettings } from './workspace';

/** Everything the priority queue needs, read in one live query. */
export interface QueueSource {
  incidents: Incident[];
  accounts: Account[];
  specialEvents: SpecialEvent[];
  settings: WorkspaceSettings;
}

const live = (r: { deletedAt: string | null }): boolean => r.deletedAt === null;

export async function loadQueueSource(db: StewardDatabase = database()): Promise<QueueSource> {
  const [incidents, accounts, specialEvents, settings] = await Promise.all([
    db.incidents.where('status').anyOf(OPEN_STATUSES).filter(live).toArray(),
    db.accounts.filter(live).toArray(),
    db.specialEvents.filter(live).toArray(),
    loadWorkspaceSettings(),
  ]);
  return { incidents, accounts, specialEvents, settings };
}

/** Live queue source; undefined while the first read is in flight. */
export function useQueueSource(): QueueSource | undefined {
  return useLiveQuery(() => loadQueueSource());
}
