// npm run bench [-- --quick]: every benchmark, one line per figure: "bench <name>: <value> <unit>".
// Node benches are test/bench/node/*.ts; browser benches (real Chromium against the built app)
// are test/bench/browser/*.ts. Each compares itself with a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let failed = 0;

for (const kind of ['node', 'browser']) {
  const dir = join(import.meta.dirname, kind);
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  for (const file of files.sort()) {
    if (only && !file.includes(only)) continue;
    console.error(`# ${kind}/${file}`);
    const res = spawnSync(tsx, [join(dir, file), ...args], { cwd: root, stdio: 'inherit' });
    if (res.status !== 0) {
      failed++;
      console.error(`# ${kind}/${file} failed (exit ${res.status ?? res.signal})`);
    }
  }
}
process.exit(failed === 0 ? 0 : 1);
