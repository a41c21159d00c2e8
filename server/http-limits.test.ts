/** Timeouts and the connection cap, over raw sockets: a slow or silent client cannot hold on. */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PULL_WAIT_MS, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../shared/sync/index';
import { createAdmin } from './auth/members';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite';
import type { Db } from './db/types';
import { DEFAULT_HTTP_LIMITS } from './http/limits';
import { PASSWORD } from './test/fixtures';
import { call, listen, signIn, type Running } from './test/http';

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const s = connect(Number(port), hostname, () => resolve(s));
    s.once('error', reject);
  });
}

/** Milliseconds until the server closes the socket, and what it sent before. */
function closed(socket: Socket, startedAt: number): Promise<{ ms: number; text: string }> {
  let text = '';
  socket.on('data', (d: Buffer) => (text += d.toString()));
  socket.on('error', () => undefined);
  return new Promise((resolve) =>
    socket.once('close', () => resolve({ ms: Date.now() - startedAt, text })),
  );
}

describe('HTTP limits', () => {
  let db: Db;
  let server: Running;
  let token = '';
  const limits = {
    headersTimeoutMs: 600,
    requestTimeoutMs: 1_000,
    checkIntervalMs: 100,
    idleTimeoutMs: 3_000,
    keepAliveTimeoutMs: 2_500,
    maxConnections: 8,
  };
  beforeAll(async () => {
    db = await openPglite();
    await migrate(db);
    await createAdmin(db, { workspace: 'Team A', email: 'ada@a.test', password: PASSWORD });
    server = await listen({ db, http: limits });
    token = await signIn(server.url, 'Team A', 'ada@a.test', PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('defaults leave room for every device’s pull and drop a half-sent request within 30 s', () => {
    const d = DEFAULT_HTTP_LIMITS;
    expect(d.maxConnections).toBeGreaterThanOrEqual(1_000);
    expect(d.idleTimeoutMs).toBeGreaterThan(MAX_PULL_WAIT_MS);
    expect(d.keepAliveTimeoutMs).toBeGreaterThan(MAX_PULL_WAIT_MS);
    expect(d.requestTimeoutMs + d.checkIntervalMs).toBeLessThanOrEqual(30_000);
    expect(d.headersTimeoutMs).toBeLessThanOrEqual(d.requestTimeoutMs);
  });

  it('closes a request whose body never finishes', async () => {
    const socket = await open(server.url);
    const started = Date.now();
    const done = closed(socket, started);
    socket.write(
      `POST /sync/push HTTP/1.1\r\nhost: x\r\n${PROTOCOL_HEADER}: ${PROTOCOL_VERSION}\r\n` +
        `authorization: Bearer ${token}\r\ncontent-type: application/json\r\n` +
        'content-length: 1000\r\n\r\n{"clientId":"slow","mutations":[',
    );
    const { ms, text } = await done;
    expect(ms).toBeLessThan(limits.requestTimeoutMs + 1_500);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection whose headers never finish', async () => {
    const socket = await open(server.url);
    const done = closed(socket, Date.now());
    socket.write('GET /health HTTP/1.1\r\nhost: x\r\n');
    const { ms, text } = await done;
    expect(ms).toBeLessThan(limits.headersTimeoutMs + 1_500);
    expect(text).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection that sends nothing (headers timeout)', async () => {
    const socket = await open(server.url);
    const { ms } = await closed(socket, Date.now());
    expect(ms).toBeLessThan(limits.idleTimeoutMs + 1_500);
  });

  it('still answers a pull that waits longer than the request timeout', async () => {
    const started = Date.now();
    const r = await call(server.url, 'GET', '/sync/pull?after=0&wait=2000', { token });
    expect(r.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
  });

  it('refuses connections over the cap, and serves again once they close', async () => {
    const held = await Promise.all(
      Array.from({ length: limits.maxConnections }, () => open(server.url)),
    );
    const extra = await open(server.url);
    const { ms } = await closed(extra, Date.now());
    expect(ms).toBeLessThan(1_000);
    for (const s of held) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await call(server.url, 'GET', '/health')).status).toBe(200);
  });
});
