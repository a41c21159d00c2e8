import type { SafeStorage } from 'electron';
import type { StoreSecretResult } from '../../shared/bridge/contract';

export interface SecretStoreDeps {
  /** Electron's safeStorage (a fake in tests). */
  safeStorage: Pick<
    SafeStorage,
    'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync'
  > &
    Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;
  /** process.platform: the backend is only asked for on Linux, where it can be basic_text. */
  platform: NodeJS.Platform;
  /** The JSON file in userData holding the encrypted secrets (base64). */
  readFile: () => Promise<string | null>;
  writeFile: (text: string) => Promise<void>;
}

/**
 * Secrets (the sync token) encrypted with the OS keychain through safeStorage, kept in one file.
 * Nothing is ever written in clear: without encryption, or with Linux's `basic_text` backend
 * (a fixed key any program can undo), storing is refused and reading finds nothing.
 */
export function createSecretStore(deps: SecretStoreDeps) {
  /** Why secrets cannot be kept safely here, or null when they can. */
  async function refusal(): Promise<Exclude<StoreSecretResult, { stored: true }>['reason'] | null> {
    if (deps.platform === 'linux') {
      const backend = deps.safeStorage.getSelectedStorageBackend?.();
      if (backend === 'basic_text') return 'insecure-backend';
    }
    if (!(await deps.safeStorage.isAsyncEncryptionAvailable())) return 'unavailable';
    return null;
  }
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
    /** Refused (nothing written) without real encryption; throws when writing fails. */
    async storeSecret(key: string, value: string): Promise<StoreSecretResult> {
      const reason = await refusal();
      if (reason !== null) return { stored: false, reason };
      const all = await load();
      all[key] = (await deps.safeStorage.encryptStringAsync(value)).toString('base64');
      await deps.writeFile(JSON.stringify(all));
      return { stored: true };
    },
    async readSecret(key: string): Promise<string | null> {
      const stored = (await load())[key];
      if (stored === undefined || (await refusal()) !== null) return null;
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
