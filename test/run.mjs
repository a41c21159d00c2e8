// npm test: every suite in one run: typecheck, lint, format, unit/integration, end-to-end.
// Ends with "N passed, N failed" summed over all suites; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureSystemTools } from './lib/system-tools.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const work = mkdtempSync(join(tmpdir(), 'steward-test-'));
const results = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  console.log(
    `  ${label}: ${res.status === 0 ? 'ok' : `failed (exit ${res.status ?? res.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return res.status === 0;
}

/** A check that is one test: passes or fails as a whole. */
function check(label, cmd, args) {
  const ok = run(label, cmd, args);
  results.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

ensureSystemTools();

for (const project of ['shared', 'renderer', 'electron', 'test', 'server']) {
  if (existsSync(join(root, project, 'tsconfig.json')))
    check(`typecheck ${project}`, bin('tsc'), ['-p', project, '--noEmit']);
}
check('lint', bin('eslint'), ['--max-warnings', '0', '.']);
check('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
check('desktop build (electron-vite)', process.execPath, [join(root, 'test/desktop-build.mjs')]);

{
  const out = join(work, 'vitest.json');
  const ok = run('unit and integration (vitest)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  const report = readJson(out);
  const passed = report?.numPassedTests ?? 0;
  const failed =
    (report?.numFailedTests ?? 0) + (ok ? 0 : report && report.numFailedTests > 0 ? 0 : 1);
  results.push({ label: 'vitest', passed, failed });
}

{
  const out = join(work, 'playwright.json');
  const ok = run(
    'end-to-end (playwright, chromium)',
    bin('playwright'),
    ['test', '-c', 'test/e2e/playwright.config.ts'],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: out,
      STEWARD_E2E_REPORTERS: 'list,json',
    },
  );
  const stats = readJson(out)?.stats;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  const failed = (stats?.unexpected ?? 0) + (ok ? 0 : stats && stats.unexpected > 0 ? 0 : 1);
  results.push({ label: 'playwright', passed, failed });
}

rmSync(work, { recursive: true, force: true });
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nSummary:');
for (const r of results)
  console.log(`  ${r.failed === 0 ? '✓' : '✗'} ${r.label}: ${r.passed} passed, ${r.failed} failed`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
