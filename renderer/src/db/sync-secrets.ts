/** The browser build's secret storage: IndexedDB meta (the browser has no OS keychain to use). */
import { database } from './database';

const keyOf = (key: string) => `secret.${key}`;

export async function storeBrowserSecret(key: string, value: string): Promise<void> {
  await database().meta.put({ key: keyOf(key), value });
}

export async function readBrowserSecret(key: string): Promise<string | null> {
  const value = (await database().meta.get(keyOf(key)))?.value;
  return typeof value === 'string' ? value : null;
}

export async function deleteBrowserSecret(key: string): Promise<void> {
  await database().meta.delete(keyOf(key));
}
