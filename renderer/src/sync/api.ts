/** HTTP calls the sync screens make (sign-in, sign-out, heartbeat) and how failures read. */
import {
  ClockDriftError,
  errorResponseSchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  signInResponseSchema,
  SyncHttpError,
} from '@shared/sync/index';
import type { FetchLike, SignInResponse } from '@shared/sync/index';

const TIMEOUT_MS = 60_000;

/** The browser's fetch in the transport's shape; network failures surface as `Unreachable`. */
export const browserFetch: FetchLike = async (url, init) => {
  let res: Response;
  try {
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    const signal = init.signal === undefined ? timeout : AbortSignal.any([init.signal, timeout]);
    res = await fetch(url, { ...init, signal });
  } catch (cause) {
    throw new UnreachableError(cause);
  }
  return { status: res.status, json: () => res.json() as Promise<unknown> };
};

export class UnreachableError extends Error {
  override name = 'UnreachableError';
  constructor(cause: unknown) {
    super('The sync server cannot be reached.', { cause });
  }
}

/** What went wrong, for the message the user reads (sync.errors.<kind>). */
export type SyncErrorKind =
  | 'unreachable'
  | 'bad-credentials'
  | 'update-required'
  | 'server-outdated'
  | 'session-expired'
  | 'rate-limited'
  | 'clock'
  | 'refused'
  | 'server'
  | 'storage';

export interface SyncFailure {
  kind: SyncErrorKind;
  /** The server's own words, shown as detail. */
  detail: string;
}

export function classifySyncError(error: unknown): SyncFailure {
  if (error instanceof UnreachableError) return { kind: 'unreachable', detail: '' };
  if (error instanceof ClockDriftError) return { kind: 'clock', detail: error.message };
  if (error instanceof SyncHttpError) {
    const detail = error.message;
    if (error.status === 426) return { kind: 'update-required', detail };
    if (error.code === 'server-outdated') return { kind: 'server-outdated', detail };
    if (error.code === 'bad-credentials') return { kind: 'bad-credentials', detail };
    if (error.status === 401) return { kind: 'session-expired', detail };
    if (error.status === 429) return { kind: 'rate-limited', detail };
    if (error.code === 'clock-ahead') return { kind: 'clock', detail };
    if (error.status >= 400 && error.status < 500) return { kind: 'refused', detail };
    return { kind: 'server', detail };
  }
  if (error instanceof Error && error.name.includes('Quota')) {
    return { kind: 'storage', detail: error.message };
  }
  return { kind: 'server', detail: error instanceof Error ? error.message : String(error) };
}

/** Trims and checks a server address; null when it is not an http(s) URL. */
export function normalizeServerUrl(input: string): string | null {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

async function call(
  serverUrl: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const res = await browserFetch(`${serverUrl}${path}`, {
    method,
    headers,
    ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
  });
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.status >= 300) {
    const parsed = errorResponseSchema.safeParse(body);
    const e = parsed.success ? parsed.data.error : { code: 'http', message: `HTTP ${res.status}` };
    throw new SyncHttpError(res.status, e.code, e.message);
  }
  return { status: res.status, body };
}

export async function signInRequest(
  serverUrl: string,
  input: { workspace: string; email: string; password: string },
): Promise<SignInResponse> {
  const { body } = await call(serverUrl, 'POST', '/auth/sign-in', { body: input });
  return signInResponseSchema.parse(body);
}

export async function signOutRequest(serverUrl: string, token: string): Promise<void> {
  await call(serverUrl, 'POST', '/auth/sign-out', { token });
}
