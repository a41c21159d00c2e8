import { defineConfig } from '@playwright/test';
import { findChromium } from '../lib/system-tools.mjs';

const port = Number(process.env.STEWARD_E2E_PORT ?? 4178);
const chromium = findChromium();
if (chromium === null) throw new Error('Chromium not found: apt-get install -y chromium');

// The sync server for sync.e2e.ts: its own port and a fresh data dir per run, first admin created.
const syncPort = Number(process.env.STEWARD_E2E_SYNC_PORT ?? port + 10_000);
const syncData = `/tmp/steward-e2e-sync-${syncPort}`;
process.env.STEWARD_E2E_SYNC_URL = `http://127.0.0.1:${syncPort}`;
const server = 'node --import tsx server/main.ts';

const reporters = (process.env.STEWARD_E2E_REPORTERS ?? 'list')
  .split(',')
  .map((name) => [name] as [string]);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  // Parallel runs (STEWARD_E2E_OUT) keep their traces apart.
  outputDir: process.env.STEWARD_E2E_OUT
    ? `${process.env.STEWARD_E2E_OUT}/results`
    : '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: reporters,
  use: {
    baseURL: `http://localhost:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'en-US',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `node build/scripts/web.mjs --port ${port}${process.env.STEWARD_E2E_OUT ? ` --out-dir ${process.env.STEWARD_E2E_OUT}` : ''}`,
      cwd: '../..',
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      command: [
        `rm -rf ${syncData}`,
        // The password through the environment: create-admin refuses it in argv (ps would show it).
        `STEWARD_ADMIN_PASSWORD='correct horse battery' ${server} create-admin --workspace Northwind --email admin@northwind.example --data ${syncData}`,
        // The web build calls the server from its own origin: allowed by name, like any deployment.
        `${server} --port ${syncPort} --data ${syncData} --cors-origin http://localhost:${port}`,
      ].join(' && '),
      cwd: '../..',
      url: `http://127.0.0.1:${syncPort}/health`,
      // scrypt N=2^12 instead of the production 2^17: sign-ins in milliseconds.
      env: { STEWARD_SCRYPT_N: '4096' },
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
    },
  ],
});
