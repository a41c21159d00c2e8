/** Signing in and out: the token goes to the bridge's secret storage, the rest to Dexie meta. */
import { createSyncTransport } from '@shared/sync/index';
import { bridge } from '../bridge';
import { endSession, raiseNextMutationId, readSession, startSession } from '../db/sync-meta';
import { DexieReplica } from '../db/sync-replica';
import { browserFetch, signInRequest, signOutRequest } from './api';
import { syncEngine, TOKEN_SECRET } from './engine';
import { INITIAL_SYNC_STATE, useSyncState } from './sync-store';

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
  await startSession({
    serverUrl: input.serverUrl,
    workspace: input.workspace,
    email: res.member.email,
    member: res.member,
    expiresAt: res.expiresAt,
  });
  await bridge().storeSecret(TOKEN_SECRET, res.token);
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
  const token = await bridge().readSecret(TOKEN_SECRET);
  if (session !== undefined && token !== null) {
    // Best effort: the token is forgotten here whether or not the server hears of it.
    await signOutRequest(session.serverUrl, token).catch(() => undefined);
  }
  await bridge().deleteSecret(TOKEN_SECRET);
  await endSession(opts);
  useSyncState.setState({ ...INITIAL_SYNC_STATE });
}
