import { render, screen } from '@testing-library/react';
import type { StewardBridge, StoreSecretResult } from '@shared/bridge';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setBridgeForTesting } from '../bridge';
import { readSession } from '../db/sync-meta';
import { withTestDatabase } from '../db/test-database';
import { initI18n } from '../i18n';
import { signIn, signOut } from './session';
import { INITIAL_SYNC_STATE, useSyncState } from './sync-store';
import { SyncPage } from './SyncPage';
import { readToken } from './token';

// The loop itself is not under test: signing in only asks it to run.
vi.mock('./engine', () => ({
  syncEngine: () => ({ syncNow: () => Promise.resolve(), forgetServer: () => undefined }),
}));

const SERVER = 'http://127.0.0.1:9';
const TOKEN = 'stw_issued-token';
const member = {
  id: 'm1',
  email: 'ada@a.test',
  role: 'admin' as const,
  workspaceId: 'w1',
  workspaceName: 'Team A',
};

/** A server that signs in, signs out and answers status; records each call. */
function fakeServer() {
  const calls: Array<{ method: string; path: string; auth: string | null }> = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit = {}) => {
    const path = new URL(url).pathname;
    const headers = new Headers(init.headers);
    calls.push({ method: init.method ?? 'GET', path, auth: headers.get('authorization') });
    const json = (body: unknown, status = 200) =>
      Promise.resolve(
        new Response(status === 204 ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    if (path === '/auth/sign-in') {
      return json({ token: TOKEN, expiresAt: '2030-01-01T00:00:00.000Z', member });
    }
    if (path === '/auth/sign-out') return json(null, 204);
    if (path === '/sync/status') return json({ lastMutationId: 0, seq: 0 });
    return json({ error: { code: 'not-found', message: 'no' } }, 404);
  });
  return calls;
}

function fakeBridge(store: () => Promise<StoreSecretResult>) {
  const stored = new Map<string, string>();
  setBridgeForTesting({
    storeSecret: async (key: string, value: string) => {
      const result = await store();
      if (result.stored) stored.set(key, value);
      return result;
    },
    readSecret: (key: string) => Promise.resolve(stored.get(key) ?? null),
    deleteSecret: (key: string) => Promise.resolve(void stored.delete(key)),
  } as unknown as StewardBridge);
  return stored;
}

const input = { serverUrl: SERVER, workspace: 'Team A', email: 'ada@a.test', password: 'pw pw' };

beforeAll(async () => {
  await initI18n('en');
});

withTestDatabase('sync-session-test', () => {
  useSyncState.setState({ ...INITIAL_SYNC_STATE });
});

afterEach(() => {
  vi.unstubAllGlobals();
  setBridgeForTesting(null);
});

describe('sign-in and the token', () => {
  it('revokes the issued token when saving it fails, and starts no session', async () => {
    const calls = fakeServer();
    fakeBridge(() => Promise.reject(new Error('disk full')));
    await expect(signIn(input)).rejects.toThrow(/disk full/);
    expect(calls).toContainEqual({
      method: 'POST',
      path: '/auth/sign-out',
      auth: `Bearer ${TOKEN}`,
    });
    expect(await readSession()).toBeUndefined();
    expect(await readToken()).toBeNull();
  });

  it('keeps the token in memory only without safe storage, and says so in both languages', async () => {
    const calls = fakeServer();
    const stored = fakeBridge(() =>
      Promise.resolve({ stored: false, reason: 'insecure-backend' } as const),
    );
    await signIn(input);
    expect(stored.size).toBe(0);
    expect(await readToken()).toBe(TOKEN);
    expect(calls.some((c) => c.path === '/auth/sign-out')).toBe(false);
    expect(useSyncState.getState().tokenNotSaved).toBe('insecure-backend');
    render(
      <MemoryRouter>
        <SyncPage />
      </MemoryRouter>,
    );
    const notice = await screen.findByTestId('sync-token-not-saved', {}, { timeout: 4000 });
    expect(notice.textContent).toMatch(/ask for your password at each launch/);
    expect(notice.textContent).toMatch(/GNOME Keyring or KWallet/);
    try {
      await i18next.changeLanguage('fr');
      await vi.waitFor(() =>
        expect(screen.getByTestId('sync-token-not-saved').textContent).toMatch(
          /mot de passe sera demandé à chaque lancement/,
        ),
      );
    } finally {
      await i18next.changeLanguage('en');
    }
    await signOut({ discardOutbox: true });
    expect(await readToken()).toBeNull();
    expect(useSyncState.getState().tokenNotSaved).toBeNull();
  }, 20_000);

  it('stores the token when it can, with no notice', async () => {
    fakeServer();
    const stored = fakeBridge(() => Promise.resolve({ stored: true } as const));
    await signIn(input);
    expect(stored.get('sync-token')).toBe(TOKEN);
    expect(useSyncState.getState().tokenNotSaved).toBeNull();
    await signOut({ discardOutbox: true });
  });
});
