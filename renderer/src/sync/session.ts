/** Signing in and out: the token goes to the bridge's secret storage, the rest to Dexie meta. */
import type { StoreSecretResult } from '@shared/bridge';
import { createSyncTransport } from '@shared/sync/index';
import { bridge } from '../bridge';
import { endSession, raiseNextMutationId, readSession, startSession } from '../db/sync-meta';
import { DexieReplica } from '../db/sync-replica';
import { browserFetch, signInRequest, signOutRequest } from './api';
import { syncEngine } from './engine';
import { INITIAL_SYNC_STATE, useSyncState } from './sync-store';
import { forgetTokenInMemory, keepTokenInMemory, readToken, TOKEN_SECRET } from './token';

export interface SignInInput {
  serverUrl: string;
  workspace: string;
  email: string;
  password: string;
}

/** Throws what the server or network said (classify with classifySyncError). */
export async function signIn(input: SignInInput): Promise<void> {
  const res = await signInRequest(input.serverUrl, {
    workspace: input.workspace,
    email: input.email,
    password: input.password,
  });
  // Saved before the session starts: a token that cannot be kept is revoked, never left live.
  let saved: StoreSecretResult;
  try {
    saved = await bridge().storeSecret(TOKEN_SECRET, res.token);
  } catch (error) {
    await signOutRequest(input.serverUrl, res.token).catch(() => undefined);
    throw error;
  }
  forgetTokenInMemory();
  if (!saved.stored) keepTokenInMemory(res.token);
  await startSession({
    serverUrl: input.serverUrl,
    workspace: input.workspace,
    email: res.member.email,
    member: res.member,
    expiresAt: res.expiresAt,
  });
  useSyncState.setState({ tokenNotSaved: saved.stored ? null : saved.reason });
  const replica = await DexieReplica.open();
  const transport = createSyncTransport({
    baseUrl: input.serverUrl,
    token: res.token,
    fetchFn: browserFetch,
  });
  const status = await transport.status(replica.clientId);
  await raiseNextMutationId(status.lastMutationId);
  useSyncState.setState({ lastError: null, online: true });
  void syncEngine().syncNow();
}

/** Signs out; unsent changes stay queued for the next sign-in unless `discardOutbox`. */
export async function signOut(opts: { discardOutbox: boolean }): Promise<void> {
  syncEngine().forgetServer();
  const session = await readSession();
  const token = await readToken();
  forgetTokenInMemory();
  if (session !== undefined && token !== null) {
    // Best effort: the token is forgotten here whether or not the server hears of it.
    await signOutRequest(session.serverUrl, token).catch(() => undefined);
  }
  await bridge().deleteSecret(TOKEN_SECRET);
  await endSession(opts);
  useSyncState.setState({ ...INITIAL_SYNC_STATE });
}
