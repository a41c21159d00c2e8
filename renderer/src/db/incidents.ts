import { lifecycleChanges, newIncidentFields, rankKeyOnCreate } from '@shared/incidents/index';
import {
  type Account,
  type Incident,
  type LiveAssessment,
  type SpecialEvent,
  type WorkspaceSettings,
} from '@shared/schemas/index';
import { database, type StewardDatabase } from './database';
import { OPEN_STATUSES } from './queries';
import { loadPreferences } from './preferences';
import { saveRecord } from './records';
import { outboxScope } from './outbox-stamp';
import { loadWorkspaceSettings } from './workspace';

/** What a person may set on an incident; history, rank and lifecycle stamps are derived. */
export type IncidentInput = Pick<
  Incident,
  | 'accountId'
  | 'title'
  | 'description'
  | 'severity'
  | 'status'
  | 'category'
  | 'interfaceId'
  | 'extensionId'
  | 'reportedAt'
  | 'owner'
>;

export type IncidentPatch = Partial<IncidentInput> & {
  workaroundAt?: string | null;
  liveAssessment?: LiveAssessment | null;
};

/** The account's incidents a new rank key is placed among (lifecycle rule: rankKeyOnCreate). */
async function accountIncidents(db: StewardDatabase, account: Account | undefined) {
  if (account === undefined) return [];
  return db.incidents.where('accountId').equals(account.id).toArray();
}

/** Creates an incident with its first status entry (and a rank key on CareFor accounts). */
export async function createIncident(
  input: IncidentInput,
  by: string,
  now: Date = new Date(),
  db: StewardDatabase = database(),
): Promise<Incident> {
  return db.transaction('rw', [db.incidents, db.accounts, ...outboxScope(db)], async () => {
    const account = await db.accounts.get(input.accountId);
    const incidents = await accountIncidents(db, account);
    const fields = newIncidentFields(input, { account, incidents, by, now });
    return saveRecord('incidents', fields, { now, db });
  });
}

/**
 * Changes an incident, recording severity and status history; used by the form and the quick
 * actions alike. Throws RecordValidationError (nothing stored) when the result is invalid.
 */
export async function updateIncident(
  id: string,
  patch: IncidentPatch,
  by: string,
  now: Date = new Date(),
  db: StewardDatabase = database(),
): Promise<Incident> {
  return db.transaction('rw', [db.incidents, db.accounts, ...outboxScope(db)], async () => {
    const before = await db.incidents.get(id);
    if (before === undefined) throw new Error(`The incident ${id} no longer exists.`);
    const fields = lifecycleChanges(before, patch, by, now);
    if (patch.accountId !== undefined && patch.accountId !== before.accountId) {
      // Moved to another client: it joins the bottom of that client's ranking.
      const account = await db.accounts.get(patch.accountId);
      const status = fields.status ?? before.status;
      fields.rankKey = rankKeyOnCreate(account, status, await accountIncidents(db, account));
    }
    return saveRecord('incidents', { ...fields, id }, { now, db });
  });
}

/** This device's user name, or null while none is set (then SLA alerts cover every owner). */
export async function loadDisplayName(): Promise<string | null> {
  const name = (await loadPreferences()).displayName.trim();
  return name === '' ? null : name;
}

/** Everything the SLA watcher needs, read in one go. */
export interface SlaWatchData {
  incidents: Incident[];
  accounts: Map<string, Account>;
  specialEvents: SpecialEvent[];
  settings: WorkspaceSettings;
  userName: string | null;
}

export async function loadSlaWatchData(db: StewardDatabase = database()): Promise<SlaWatchData> {
  const incidents = await db.incidents
    .where('status')
    .anyOf(OPEN_STATUSES)
    .filter((i) => i.deletedAt === null)
    .toArray();
  const accountIds = [...new Set(incidents.map((i) => i.accountId))];
  const accounts = (await db.accounts.bulkGet(accountIds)).filter(
    (a): a is Account => a !== undefined && a.deletedAt === null,
  );
  const specialEvents = await db.specialEvents.where('accountId').anyOf(accountIds).toArray();
  return {
    incidents,
    accounts: new Map(accounts.map((a) => [a.id, a])),
    specialEvents,
    settings: await loadWorkspaceSettings(),
    userName: await loadDisplayName(),
  };
}

/**
 * The incidents with these ids as the SLA watcher keeps them: each one open and not in the
 * Trash, else undefined (closed, deleted or gone: no longer watched).
 */
export async function loadSlaWatchIncidents(
  ids: readonly string[],
  db: StewardDatabase = database(),
): Promise<Array<Incident | undefined>> {
  const open = new Set<string>(OPEN_STATUSES);
  const rows = await db.incidents.bulkGet([...ids]);
  return rows.map((i) =>
    i !== undefined && i.deletedAt === null && open.has(i.status) ? i : undefined,
  );
}

/** Meta keys 'notified:<incidentId>:<state>' (see notifications/decide.ts). */
const NOTIFIED_PREFIX = 'notified:';

/** Keys of SLA notifications already sent from this device (kept across reloads). */
export async function loadNotifiedKeys(db: StewardDatabase = database()): Promise<Set<string>> {
  const rows = await db.meta.where('key').startsWith(NOTIFIED_PREFIX).primaryKeys();
  return new Set(rows);
}

/**
 * Records keys as sent and returns those that were not already: read and write in one
 * transaction, so two windows checking at once do not both notify.
 */
export async function claimNotifiedKeys(
  keys: readonly string[],
  now: Date = new Date(),
  db: StewardDatabase = database(),
): Promise<string[]> {
  if (keys.length === 0) return [];
  return db.transaction('rw', db.meta, async () => {
    const existing = await db.meta.bulkGet([...keys]);
    const fresh = keys.filter((_, i) => existing[i] === undefined);
    await db.meta.bulkPut(fresh.map((key) => ({ key, value: now.toISOString() })));
    return fresh;
  });
}
