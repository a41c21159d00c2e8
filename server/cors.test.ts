import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from './config';
import type { Db } from './db/types';
import { call, listen } from './test/http';
import type { Running } from './test/http';

/** Answers every query with no rows: enough for /health and the CORS hooks. */
const emptyDb: Db = {
  kind: 'pglite',
  query: () => Promise.resolve([]),
  exec: () => Promise.resolve(),
  transaction: (fn) => fn(emptyDb),
  onChange: () => Promise.resolve(() => undefined),
  close: () => Promise.resolve(),
};

const preflight = (origin: string) => ({
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'authorization, content-type, x-steward-protocol',
  },
});

describe('CORS: only the app and the origins named in the settings', () => {
  let s: Running;
  beforeAll(async () => {
    s = await listen({ db: emptyDb, corsOrigins: ['https://steward.example.com'] });
  });
  afterAll(() => s.close());

  it('answers the app, the web build and a named origin with that origin, never *', async () => {
    for (const origin of [
      'app://steward',
      'http://localhost:5174',
      'https://steward.example.com',
    ]) {
      const pre = await call(s.url, 'OPTIONS', '/sync/push', preflight(origin));
      expect(pre.status, origin).toBe(204);
      expect(pre.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(pre.headers.get('access-control-allow-headers')).toMatch(/x-steward-protocol/);
      const health = await call(s.url, 'GET', '/health', { headers: { origin } });
      expect(health.status).toBe(200);
      expect(health.headers.get('access-control-allow-origin')).toBe(origin);
      expect(health.headers.get('vary')).toMatch(/origin/i);
    }
  });

  it('refuses any other origin, preflight or not, with a message and no allow header', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://localhost:5175', 'app://other']) {
      const pre = await call(s.url, 'OPTIONS', '/sync/push', preflight(origin));
      expect(pre.status, origin).toBe(403);
      expect(pre.headers.get('access-control-allow-origin'), origin).toBeNull();
      const r = await call(s.url, 'GET', '/auth/me', { headers: { origin }, token: 'stw_x' });
      expect(r.status, origin).toBe(403);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
      expect(r.message).toMatch(/--cors-origin/);
    }
  });

  it('leaves requests without an Origin (not from a browser page) alone', async () => {
    const r = await call(s.url, 'GET', '/health');
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS settings', () => {
  it('reads --cors-origin (repeatable) and STEWARD_CORS_ORIGINS, comma-separated', () => {
    const config = parseConfig(
      ['--cors-origin', 'https://A.example.com', '--cors-origin', 'http://10.0.0.5:8080'],
      { STEWARD_CORS_ORIGINS: 'https://b.example.com, https://a.example.com' },
    );
    expect(config).toMatchObject({
      corsOrigins: ['https://a.example.com', 'http://10.0.0.5:8080', 'https://b.example.com'],
    });
    expect(parseConfig([], {})).toMatchObject({ corsOrigins: [] });
  });

  it('refuses * and anything that is not scheme://host[:port]', () => {
    expect(() => parseConfig(['--cors-origin', '*'], {})).toThrow(/name each origin/);
    expect(() => parseConfig([], { STEWARD_CORS_ORIGINS: 'https://a.example.com/app' })).toThrow(
      /not an origin/,
    );
  });
});
