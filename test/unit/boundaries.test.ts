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
  // The first lint loads the TypeScript project: slow on a busy machine.
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
  }, 180_000);

  it('accepts pure code in shared/', async () => {
    const messages = await lintAs(
      'shared/bridge/contract.ts',
      "import { z } from 'zod';\nexport const schema = z.string();\n",
    );
    expect(messages).toEqual([]);
  }, 180_000);
});

describe('the renderer layer rules', () => {
  // The first lint of a renderer file loads its TypeScript project: slow on a busy machine.
  const restricted = (messages: string[]) =>
    messages.filter((m) => m.startsWith('no-restricted-imports'));

  it('rejects a feature or ui/ import in db/', async () => {
    const messages = await lintAs(
      'renderer/src/db/meetings.ts',
      [
        "import type { TemplateInput } from '../meetings/template';",
        "import { showToast } from '../ui/toast-store';",
        'export const x: [TemplateInput | null, unknown] = [null, showToast];',
      ].join('\n'),
    );
    expect(restricted(messages)).toHaveLength(2);
    expect(restricted(messages)[0]).toContain('renderer/src/db/ imports only shared/');
  }, 180_000);

  it('rejects a db/ or feature import in ui/', async () => {
    const messages = await lintAs(
      'renderer/src/ui/errors.ts',
      [
        "import { StorageFullError } from '../db/errors';",
        "import { en } from '../accounts/messages';",
        'export const x = [StorageFullError, en];',
      ].join('\n'),
    );
    expect(restricted(messages)).toHaveLength(2);
    expect(restricted(messages)[0]).toContain('renderer/src/ui/ imports neither db/ nor a feature');
  }, 180_000);

  it('holds a folder inside ui/ to the same rule, and lets it reach the rest of ui/', async () => {
    const messages = await lintAs(
      'renderer/src/ui/form/useRecordForm.ts',
      [
        "import { StorageFullError } from '../../db/errors';",
        "import { TextField } from '../Field';",
        "import { initI18n } from '../../i18n';",
        'export const x = [StorageFullError, TextField, initI18n];',
      ].join('\n'),
    );
    expect(restricted(messages)).toHaveLength(1);
    expect(restricted(messages)[0]).toContain('renderer/src/ui/ imports neither db/ nor a feature');
  }, 180_000);

  it('rejects a deep import of another feature, and accepts its public face', async () => {
    const deep = await lintAs(
      'renderer/src/ranking/RankingItem.tsx',
      [
        "import { TimeLeft } from '../queue/TimeLeft';",
        "import { clockSummary } from '../queue/queue-model';",
        'export const x = [TimeLeft, clockSummary];',
      ].join('\n'),
    );
    expect(restricted(deep)).toHaveLength(2);
    expect(restricted(deep)[0]).toContain('through its public face');
    const app = await lintAs(
      'renderer/src/app/router.tsx',
      "import { QueuePage } from '../queue/QueuePage';\nexport const x = QueuePage;\n",
    );
    expect(restricted(app)).toHaveLength(1);
    const face = await lintAs(
      'renderer/src/ranking/RankingItem.tsx',
      [
        "import { clockSummary, TimeLeft } from '../queue';",
        "import { reportError } from '../ui/errors';",
        "import { useRankingMoves } from './useRankingMoves';",
        'export const x = [TimeLeft, clockSummary, reportError, useRankingMoves];',
      ].join('\n'),
    );
    expect(restricted(face)).toEqual([]);
  }, 180_000);

  it('accepts shared/, packages and same-folder imports in db/ and ui/', async () => {
    const db = await lintAs(
      'renderer/src/db/meetings.ts',
      [
        "import Dexie from 'dexie';",
        "import { meetingSchema } from '@shared/schemas/index';",
        "import { database } from './database';",
        'export const x = [Dexie, meetingSchema, database];',
      ].join('\n'),
    );
    const ui = await lintAs(
      'renderer/src/ui/errors.ts',
      [
        "import { formatDuration } from '@shared/domain/format';",
        "import { showToast } from './toast-store';",
        'export const x = [formatDuration, showToast];',
      ].join('\n'),
    );
    expect(restricted([...db, ...ui])).toEqual([]);
  }, 180_000);
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
