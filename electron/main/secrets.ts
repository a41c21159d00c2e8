import type { SafeStorage } from 'electron';

export interface SecretStoreDeps {
  /** Electron's safeStorage (a fake in tests). */
  safeStorage: Pick<
    SafeStorage,
    'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'
  >;
  /** The JSON file in userData holding the encrypted secrets (base64). */
  readFile: () => Promise<string | null>;
  writeFile: (text: string) => Promise<void>;
}

export class SecretStorageUnavailableError extends Error {
  override name = 'SecretStorageUnavailableError';
  constructor() {
    super('This computer offers no secure storage for the sign-in token: sign in again next time.');
  }
}

/**
 * Secrets (the sync token) encrypted with the OS keychain through safeStorage, kept in one file.
 * Nothing is ever written in clear: without encryption, storing fails and reading finds nothing.
 */
export function createSecretStore(deps: SecretStoreDeps) {
  async function load(): Promise<Record<string, string>> {
    const text = await deps.readFile();
    if (text === null) return {};
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch {
      return {}; // a damaged file only costs a new sign-in
    }
  }
  return {
    async storeSecret(key: string, value: string): Promise<void> {
      if (!(await deps.safeStorage.isAsyncEncryptionAvailable())) {
        throw new SecretStorageUnavailableError();
      }
      const all = await load();
      all[key] = (await deps.safeStorage.encryptStringAsync(value)).toString('base64');
      await deps.writeFile(JSON.stringify(all));
    },
    async readSecret(key: string): Promise<string | null> {
      const stored = (await load())[key];
      if (stored === undefined || !(await deps.safeStorage.isAsyncEncryptionAvailable())) {
        return null;
      }
      try {
        const { result } = await deps.safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'));
        return result;
      } catch {
        return null; // e.g. the keychain changed: the user signs in again
      }
    },
    async deleteSecret(key: string): Promise<void> {
      const all = await load();
      if (!Object.hasOwn(all, key)) return;
      await deps.writeFile(
        JSON.stringify(Object.fromEntries(Object.entries(all).filter(([k]) => k !== key))),
      );
    },
  };
}
