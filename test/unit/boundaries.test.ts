import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

describe('the shared/ boundary rule', () => {
  it('rejects Node, Electron, DOM and other layers in shared/', async () => {
    const messages = await lintAs(
      'shared/bridge/contract.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { app } from 'electron';",
        "import { bridge } from '../../renderer/src/bridge';",
        'export const x = [readFileSync, app, bridge, window.location, process.env];',
      ].join('\n'),
    );
    const boundary = messages.filter((m) => /no-restricted-(imports|globals)/.test(m));
    expect(boundary.length).toBeGreaterThanOrEqual(5);
  }, 60_000);

  it('accepts pure code in shared/', async () => {
    const messages = await lintAs(
      'shared/bridge/contract.ts',
      "import { z } from 'zod';\nexport const schema = z.string();\n",
    );
    expect(messages).toEqual([]);
  }, 60_000);
});

describe('packaging', () => {
  it('sets the Electron fuses, asar and every target', async () => {
    const config = (await import(resolve(root, 'build/electron-builder.config.cjs'))) as {
      default: Record<string, unknown> & {
        electronFuses: Record<string, boolean>;
        linux: { target: string[] };
        win: { target: string[] };
        mac: { target: string[] };
      };
    };
    const c = config.default;
    expect(c.appId).toBe('com.steward.desktop');
    expect(c.asar).toBe(true);
    expect(c.files).toContain('!node_modules/**');
    expect(c.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(c.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(c.win.target).toContain('nsis');
    expect(c.mac.target).toContain('dmg');
  });
});

describe('the preload', () => {
  const source = readFileSync(resolve(root, 'electron/preload/index.ts'), 'utf8');
  it('exposes one bridge object and never ipcRenderer itself', () => {
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*,\s*ipcRenderer\s*\)/);
    // Past its import, ipcRenderer appears only in the invoke forwarder and the one event
    // subscription (on + removeListener), whose payloads api.ts validates.
    const code = source.replace(/^import[^;]+;$/gm, '').replace(/\/\/.*$/gm, '');
    const uses = code.match(/ipcRenderer(\.\w+)?/g);
    expect(uses).toEqual(['ipcRenderer.invoke', 'ipcRenderer.on', 'ipcRenderer.removeListener']);
  });
});
