import { describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import type { Db } from './db/types';
import { jsonDepth } from './http/depth';
import { call, listen } from './test/http';

describe('server without a database', () => {
  it('/health answers 503 when the database is unreachable', async () => {
    const down = () => Promise.reject(new Error('connection refused'));
    const db: Db = {
      kind: 'postgres',
      query: down,
      exec: down,
      transaction: down,
      onChange: () => Promise.resolve(() => undefined),
      close: () => Promise.resolve(),
    };
    const s = await listen({ db });
    try {
      const r = await call(s.url, 'GET', '/health');
      expect(r.status).toBe(503);
      expect(r.body).toMatchObject({ ok: false });
    } finally {
      await s.close();
    }
  });
});

describe('command line', () => {
  it('defaults to ./data, port 8787 on 127.0.0.1', () => {
    expect(parseConfig([], {})).toEqual({
      command: 'serve',
      dataDir: './data',
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: null,
      corsOrigins: [],
      trustProxy: [],
      maxConnections: 4000,
    });
    expect(
      parseConfig(['--port', '9000', '--data', '/tmp/x'], { DATABASE_URL: 'postgres://h/db' }),
    ).toMatchObject({
      port: 9000,
      dataDir: '/tmp/x',
      databaseUrl: 'postgres://h/db',
    });
  });

  it('parses create-admin and refuses bad input', () => {
    expect(
      parseConfig(['create-admin', '--workspace', 'W', '--email', 'e@x.io'], {
        STEWARD_ADMIN_PASSWORD: 'from env',
      }),
    ).toMatchObject({
      command: 'create-admin',
      workspace: 'W',
      email: 'e@x.io',
      password: 'from env',
    });
    expect(
      parseConfig(['create-admin', '--workspace', 'W', '--email', 'e@x.io'], {}),
    ).toMatchObject({ password: null });
    expect(() =>
      parseConfig(['create-admin', '--workspace', 'W', '--email', 'e@x.io', '--password', 'p'], {}),
    ).toThrow(/does not take --password: the command line shows in ps/);
    expect(() => parseConfig(['create-admin', '--workspace', 'W'], {})).toThrow(/--email/);
    expect(() => parseConfig(['--port', 'x'], {})).toThrow(/--port/);
    expect(() => parseConfig(['frobnicate'], {})).toThrow(/Unknown command/);
  });
});

describe('json depth', () => {
  it('measures nesting without recursion', () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({ a: [{ b: 1 }] })).toBe(3);
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepth(deep)).toBe(33);
  });
});
