// Finds the system tools the tests need; installs them with apt when running as root on Debian,
// otherwise stops with the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const which = (cmd) =>
  spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || null;

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    which('chromium'),
    which('chromium-browser'),
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export function findPgBin() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'pg_ctl')))
    return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const bin = join(base, v, 'bin');
      if (existsSync(join(bin, 'pg_ctl')) && existsSync(join(bin, 'initdb'))) return bin;
    }
  }
  return null;
}

const REQUIREMENTS = [
  { name: 'Chromium', pkg: 'chromium', present: () => findChromium() !== null },
  {
    name: 'pdftotext/pdftoppm',
    pkg: 'poppler-utils',
    present: () => which('pdftotext') !== null && which('pdftoppm') !== null,
  },
  { name: 'PostgreSQL server', pkg: 'postgresql', present: () => findPgBin() !== null },
];

export function ensureSystemTools() {
  const missing = REQUIREMENTS.filter((r) => !r.present());
  if (missing.length === 0) return;
  const pkgs = missing.map((r) => r.pkg).join(' ');
  const command = `apt-get update && apt-get install -y ${pkgs}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    console.log(`Installing system tools the tests need: ${pkgs}`);
    execFileSync('sh', ['-c', `${command.replace('install -y', 'install -y -q')} >/dev/null`], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const still = missing.filter((r) => !r.present());
    if (still.length === 0) return;
    throw new Error(`Still missing after apt-get: ${still.map((r) => r.name).join(', ')}`);
  }
  console.error(
    `The tests need ${missing.map((r) => r.name).join(', ')}. Install them with:\n\n  sudo ${command}\n`,
  );
  process.exit(1);
}
