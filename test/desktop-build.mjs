// The desktop build without Electron's binary (which cannot be downloaded here): electron-vite
// bundles main, preload and renderer, and this checks what the packager would ship. The main
// bundle may import only Electron and Node's own modules (the installer ships no node_modules),
// the preload is CommonJS (sandboxed preloads cannot be ES modules), the renderer carries its
// CSP and its workers (priority queue, SLA alerts), and nothing references a remote origin.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'out');
const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}

const problems = [];
const main = readFileSync(join(out, 'main/index.js'), 'utf8');
const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
for (const [, spec] of main.matchAll(/(?:from\s+|import\(|require\()\s*["']([^"']+)["']/g)) {
  if (!allowed.has(spec))
    problems.push(`main imports "${spec}", which the installer would not ship`);
}
const preload = readFileSync(join(out, 'preload/index.cjs'), 'utf8');
if (/^\s*import\s/m.test(preload)) problems.push('preload is not CommonJS');
if (preload.includes('ipcRenderer.on(') && !preload.includes('contextBridge')) {
  problems.push('preload does not go through contextBridge');
}
const html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
if (!/http-equiv="Content-Security-Policy"/i.test(html)) problems.push('renderer has no CSP meta');
const assets = readdirSync(join(out, 'renderer/assets'));
for (const worker of ['queue', 'sla-watch']) {
  const bundle = new RegExp(`^${worker}\\.worker-.*\\.js$`);
  if (!assets.some((f) => bundle.test(f))) problems.push(`no ${worker} worker bundle`);
}
for (const f of assets.filter((a) => a.endsWith('.js') || a.endsWith('.css'))) {
  const text = readFileSync(join(out, 'renderer/assets', f), 'utf8');
  if (/<script[^>]+src=["']https?:/i.test(text) || /@import\s+url\(["']?https?:/i.test(text)) {
    problems.push(`${f} loads remote content`);
  }
}
if (problems.length > 0) {
  for (const p of problems) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(`desktop build ok: main, preload, renderer (${assets.length} assets)`);
