// npm start: make sure the Electron binary is present, build, and launch the desktop app.
// Install scripts are off (.npmrc), so the binary is fetched here by Electron's own installer.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const electronDir = dirname(require.resolve('electron/package.json', { paths: [root] }));

function binaryPath() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function fail(reason) {
  console.error(`
Steward could not start the desktop app: the Electron runtime is not installed.

  ${reason}

Electron's installer downloads the runtime from the internet; this machine could not reach it.
Either run \`npm start\` on a machine with internet access, or use the same app in your browser:

  npm run web
`);
  process.exit(1);
}

let binary = binaryPath();
if (binary === null) {
  console.log('Electron runtime missing: downloading it with Electron’s installer…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 300_000,
  });
  binary = binaryPath();
  if (binary === null) {
    const lines = (install.stderr ?? '').split('\n').map((l) => l.trim());
    const detail = lines.find((l) => /error/i.test(l)) ?? install.error?.message;
    fail(`The download failed${detail ? `: ${detail}` : '.'}`);
  }
}

const build = spawnSync(
  process.execPath,
  [require.resolve('electron-vite/bin/electron-vite.js', { paths: [root] }), 'build'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
