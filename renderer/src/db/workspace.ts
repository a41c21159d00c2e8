import { useLiveQuery } from 'dexie-react-hooks';
import {
  defaultWorkspaceSettings,
  WORKSPACE_SETTINGS_ID,
  type WorkspaceSettings,
} from '@shared/schemas/index';
import { database } from './database';
import { saveRecord, type WriteOptions } from './records';

/** Defaults stamped at the epoch, so any real edit from another device wins a merge. */
const EPOCH = new Date(0).toISOString();

export async function loadWorkspaceSettings(): Promise<WorkspaceSettings> {
  const row = await database().settings.get(WORKSPACE_SETTINGS_ID);
  return row && row.deletedAt === null ? row : defaultWorkspaceSettings(EPOCH);
}

/**
 * The workspace settings, or the defaults while none are stored (reading never writes: a row
 * appears with the first save). Undefined while loading.
 */
export function useWorkspaceSettings(): WorkspaceSettings | undefined {
  return useLiveQuery(loadWorkspaceSettings);
}

/** Saves a change, creating the record from the defaults when missing. */
export async function saveWorkspaceSettings(
  patch: Partial<Omit<WorkspaceSettings, 'id'>>,
  options: WriteOptions = {},
): Promise<WorkspaceSettings> {
  const db = options.db ?? database();
  const existing = await db.settings.get(WORKSPACE_SETTINGS_ID);
  const base = existing ?? defaultWorkspaceSettings((options.now ?? new Date()).toISOString());
  return saveRecord('settings', { ...base, ...patch, id: WORKSPACE_SETTINGS_ID }, options);
}
