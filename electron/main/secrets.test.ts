import { describe, expect, it } from 'vitest';
import { createSecretStore, SecretStorageUnavailableError } from './secrets';

function fakes(available = true) {
  let file: string | null = null;
  const safeStorage = {
    isAsyncEncryptionAvailable: () => Promise.resolve(available),
    encryptStringAsync: (text: string) => Promise.resolve(Buffer.from(`enc:${text}`)),
    decryptStringAsync: (buf: Buffer) => {
      const text = buf.toString();
      if (!text.startsWith('enc:')) return Promise.reject(new Error('cannot decrypt'));
      return Promise.resolve({ result: text.slice(4), shouldReEncrypt: false });
    },
  };
  const store = createSecretStore({
    safeStorage,
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
    await store.storeSecret('sync-token', 's3cret');
    expect(file()).not.toContain('s3cret');
    expect(await store.readSecret('sync-token')).toBe('s3cret');
    await store.deleteSecret('sync-token');
    expect(await store.readSecret('sync-token')).toBeNull();
  });

  it('refuses to store in clear when the OS has no encryption', async () => {
    const { store, file } = fakes(false);
    await expect(store.storeSecret('sync-token', 'x')).rejects.toBeInstanceOf(
      SecretStorageUnavailableError,
    );
    expect(file()).toBeNull();
  });

  it('treats a damaged file or undecryptable value as no secret', async () => {
    const { store, setFile } = fakes();
    setFile('{not json');
    expect(await store.readSecret('sync-token')).toBeNull();
    setFile(JSON.stringify({ 'sync-token': Buffer.from('plain').toString('base64') }));
    expect(await store.readSecret('sync-token')).toBeNull();
  });
});
