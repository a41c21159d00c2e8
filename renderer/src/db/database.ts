import Dexie, { type EntityTable } from 'dexie';
import type { Preferences } from './preferences-schema';

export const DATABASE_NAME = 'steward';

/** Device-local preferences row; workspace records get their own tables. */
export interface PreferencesRow extends Preferences {
  key: 'device';
}

export type StewardDatabase = Dexie & {
  preferences: EntityTable<PreferencesRow, 'key'>;
};

/** Opens (and upgrades) the app's IndexedDB database. Only the db/ layer calls this. */
export function openDatabase(name: string = DATABASE_NAME): StewardDatabase {
  const db = new Dexie(name) as StewardDatabase;
  db.version(1).stores({ preferences: 'key' });
  return db;
}

let current: StewardDatabase | null = null;

export function database(): StewardDatabase {
  current ??= openDatabase();
  return current;
}

/** Tests point the app at a fresh database. */
export function setDatabaseForTesting(db: StewardDatabase | null): void {
  current = db;
}
