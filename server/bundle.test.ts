/**
 * The deploy contract: `npm ci --omit=dev && npm run server` runs the committed bundle
 * (server/dist/server.mjs) with plain node. It must be what the sources build to today, import
 * only runtime dependencies, and start, migrate, create an admin and answer on its own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleServer, OUTFILE, ROOT } from './bundle';
import { BUNDLE, runCli, startChild } from './test/child-server';
import { PASSWORD } from './test/fixtures';
import { call, signIn } from './test/http';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The first line where two texts differ, 1-based, or 0 when they are equal. */
function firstDifference(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 0;
}

describe('server bundle', () => {
  it('is what npm run build:server makes of the sources now (a stale bundle fails)', async () => {
    const { code } = await bundleServer();
    const committed = readFileSync(join(ROOT, OUTFILE), 'utf8');
    const line = firstDifference(committed, code);
    expect(
      line,
      `${OUTFILE} differs from a fresh build from line ${line}: run npm run build:server and commit it`,
    ).toBe(0);
  });

  it('imports only packages listed in dependencies, and npm run server runs it', async () => {
    const { packages } = await bundleServer();
    const missing = packages.filter((name) => pkg.dependencies[name] === undefined);
    expect(missing, 'imported by the server but absent after npm ci --omit=dev').toEqual([]);
    expect(pkg.scripts.server).toBe(`node ${BUNDLE.join(' ')}`);
  });

  it('starts with plain node (no TypeScript loader), migrates, creates an admin and answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steward-bundle-'));
    try {
      const out = runCli(
        ['create-admin', '--workspace', 'Deploy', '--email', 'ops@x.test', '--data', dir],
        { STEWARD_ADMIN_PASSWORD: PASSWORD },
        BUNDLE,
      );
      expect(out).toContain('Admin ops@x.test created in workspace "Deploy"');
      const server = await startChild(dir, BUNDLE);
      try {
        const health = await call(server.url, 'GET', '/health');
        expect(health.status).toBe(200);
        expect(health.body).toMatchObject({ ok: true, database: 'pglite' });
        const token = await signIn(server.url, 'Deploy', 'ops@x.test', PASSWORD);
        expect(token.length).toBeGreaterThan(20);
      } finally {
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
