import { describe, expect, it } from 'vitest';
import { createSecretStore } from './secrets';

function fakes(
  available = true,
  backend: 'basic_text' | 'gnome_libsecret' = 'gnome_libsecret',
  platform: NodeJS.Platform = 'linux',
) {
  let file: string | null = null;
  const safeStorage = {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(`enc:${text}`)),
    decryptStringAsync: (buf: Buffer) => {
      const text = buf.toString();
      if (!text.startsWith('enc:')) return Promise.reject(new Error('cannot decrypt'));
      return Promise.resolve({ result: text.slice(4), shouldReEncrypt: false });
    },
  };
  const store = createSecretStore({
    safeStorage,
    platform,
    readFile: () => Promise.resolve(file),
    writeFile: (text) => {
      file = text;
      return Promise.resolve();
    },
  });
  return { store, file: () => file, setFile: (t: string) => (file = t) };
}

describe('secret store', () => {
  it('stores encrypted, reads back and deletes', async () => {
    const { store, file } = fakes();
    expect(await store.storeSecret('sync-token', 's3cret')).toEqual({ stored: true });
    expect(file()).not.toContain('s3cret');
    expect(await store.readSecret('sync-token')).toBe('s3cret');
    await store.deleteSecret('sync-token');
    expect(await store.readSecret('sync-token')).toBeNull();
  });

  it('refuses to store in clear when the OS has no encryption', async () => {
    const { store, file } = fakes(false);
    expect(await store.storeSecret('sync-token', 'x')).toEqual({
      stored: false,
      reason: 'unavailable',
    });
    expect(file()).toBeNull();
  });

  it('refuses Linux’s basic_text backend (a fixed key), saying so, and reads nothing', async () => {
    const { store, file, setFile } = fakes(true, 'basic_text');
    expect(await store.storeSecret('sync-token', 'x')).toEqual({
      stored: false,
      reason: 'insecure-backend',
    });
    expect(file()).toBeNull();
    // A token written by an earlier version under basic_text is not used either.
    setFile(JSON.stringify({ 'sync-token': Buffer.from('enc:old').toString('base64') }));
    expect(await store.readSecret('sync-token')).toBeNull();
    // The backend only matters on Linux.
    const mac = fakes(true, 'basic_text', 'darwin');
    expect(await mac.store.storeSecret('sync-token', 'y')).toEqual({ stored: true });
  });

  it('treats a damaged file or undecryptable value as no secret', async () => {
    const { store, setFile } = fakes();
    setFile('{not json');
    expect(await store.readSecret('sync-token')).toBeNull();
    setFile(JSON.stringify({ 'sync-token': Buffer.from('plain').toString('base64') }));
    expect(await store.readSecret('sync-token')).toBeNull();
  });
});
