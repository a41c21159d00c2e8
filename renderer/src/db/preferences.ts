import { useLiveQuery } from 'dexie-react-hooks';
import i18next from 'i18next';
import { database } from './database';
import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences } from './preferences-schema';

export async function loadPreferences(): Promise<Preferences> {
  const row = await database().preferences.get('device');
  const parsed = preferencesSchema.safeParse(row ?? DEFAULT_PREFERENCES);
  // A corrupt row falls back to defaults rather than blocking start-up.
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}

export async function savePreferences(change: Partial<Preferences>): Promise<Preferences> {
  const next = preferencesSchema.parse({ ...(await loadPreferences()), ...change });
  await database().preferences.put({ key: 'device', ...next });
  return next;
}

/** Live preferences; undefined while the first read is in flight. */
export function usePreferences(): Preferences | undefined {
  return useLiveQuery(loadPreferences);
}

/** The device user's name for histories (`by`), or a translated "Me" until one is set. */
export function nameOrMe(displayName: string | undefined): string {
  const name = displayName?.trim() ?? '';
  return name === '' ? i18next.t('settings.me') : name;
}

export async function currentUserName(): Promise<string> {
  return nameOrMe((await loadPreferences()).displayName);
}

/** Live variant of currentUserName; "Me" while loading. */
export function useDisplayName(): string {
  return nameOrMe(usePreferences()?.displayName);
}
