/** Test helpers: real HTTP against an app listening on 127.0.0.1:0. */
import type { FastifyInstance } from 'fastify';
import { createSyncTransport, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/index';
import type { FetchLike, SyncTransport } from '../../shared/sync/index';
import { buildApp } from '../app';
import type { AppOptions } from '../app';

export interface Running {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function listen(opts: AppOptions): Promise<Running> {
  const app = await buildApp(opts);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, close: () => app.close() };
}

export interface Reply {
  status: number;
  body: unknown;
  /** `error.message` when the body is an error. */
  message: string;
  headers: Headers;
}

export async function call(
  url: string,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers['content-type'] = 'application/json';
  Object.assign(headers, opts.headers);
  for (const [k, v] of Object.entries(headers)) if (v === '') Reflect.deleteProperty(headers, k);
  const res = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? null : JSON.parse(text);
  } catch {
    // keep the text
  }
  const message =
    typeof parsed === 'object' && parsed !== null && 'error' in parsed
      ? String((parsed as { error: { message?: unknown } }).error.message)
      : '';
  return { status: res.status, body: parsed, message, headers: res.headers };
}

export async function signIn(url: string, workspace: string, email: string, password: string) {
  const r = await call(url, 'POST', '/auth/sign-in', { body: { workspace, email, password } });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${r.message}`);
  return (r.body as { token: string }).token;
}

const fetchFn: FetchLike = (u, init) => fetch(u, init);

export function transport(url: string, token: string): SyncTransport {
  return createSyncTransport({ baseUrl: url, token, fetchFn });
}
