import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCredentials } from './auth/members';
import { parseConfig } from './config';
import { openPglite } from './db/pglite';

describe('serve settings', () => {
  it('takes trusted proxies from flags and STEWARD_TRUST_PROXY, refusing anything else', () => {
    const c = parseConfig(['--trust-proxy', '10.0.0.5', '--trust-proxy', 'fd00::/8,loopback'], {
      STEWARD_TRUST_PROXY: '192.168.0.0/16',
    });
    expect(c).toMatchObject({ trustProxy: ['10.0.0.5', 'fd00::/8', 'loopback', '192.168.0.0/16'] });
    for (const bad of ['*', 'proxy.example', '10.0.0.0/33', '10.0.0.1/8/2', 'true']) {
      expect(() => parseConfig(['--trust-proxy', bad], {}), bad).toThrow(/--trust-proxy/);
    }
  });

  it('takes the connection cap from --max-connections or STEWARD_MAX_CONNECTIONS', () => {
    expect(parseConfig(['--max-connections', '2500'], {})).toMatchObject({ maxConnections: 2500 });
    expect(parseConfig([], { STEWARD_MAX_CONNECTIONS: '1200' })).toMatchObject({
      maxConnections: 1200,
    });
    expect(() => parseConfig(['--max-connections', 'lots'], {})).toThrow(/--max-connections/);
  });

  it('answers an unknown flag with the usage, which lists every setting', () => {
    expect(() => parseConfig(['--frobnicate'], {})).toThrow(/--frobnicate[\s\S]*Usage:/);
    expect(() => parseConfig(['--trust-proxy'], {})).toThrow(/Usage:/);
  });
});

describe('create-admin password', () => {
  const ROOT = resolve(import.meta.dirname, '..');
  const cli = (args: string[], env: Record<string, string>, input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      input,
    });

  it('reads it from standard input or STEWARD_ADMIN_PASSWORD, never from argv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steward-admin-'));
    const base = ['create-admin', '--workspace', 'W', '--data', dir];
    const refused = cli([...base, '--email', 'argv@w.test', '--password', 'in argv pw'], {}, '');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/does not take --password/);
    const piped = cli([...base, '--email', 'pipe@w.test'], {}, 'piped secret pw\nignored\n');
    expect(piped.stderr).toBe('');
    expect(piped.status).toBe(0);
    const fromEnv = cli(
      [...base, '--email', 'env@w.test'],
      { STEWARD_ADMIN_PASSWORD: 'env secret pw' },
      'not this one\n',
    );
    expect(fromEnv.status).toBe(0);
    const db = await openPglite(dir);
    try {
      const check = (email: string, password: string) =>
        checkCredentials(db, { workspace: 'W', email, password });
      expect(await check('pipe@w.test', 'piped secret pw')).toMatchObject({ role: 'admin' });
      expect(await check('env@w.test', 'env secret pw')).toMatchObject({ role: 'admin' });
      expect(await check('env@w.test', 'not this one')).toBeNull();
      expect(await check('argv@w.test', 'in argv pw')).toBeNull();
    } finally {
      await db.close();
    }
  }, 120_000);
});
