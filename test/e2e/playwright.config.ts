import { defineConfig } from '@playwright/test';
import { findChromium } from '../lib/system-tools.mjs';

const port = Number(process.env.STEWARD_E2E_PORT ?? 4178);
const chromium = findChromium();
if (chromium === null) throw new Error('Chromium not found: apt-get install -y chromium');

const reporters = (process.env.STEWARD_E2E_REPORTERS ?? 'list')
  .split(',')
  .map((name) => [name] as [string]);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results',
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
  webServer: {
    command: `node build/scripts/web.mjs --port ${port}${process.env.STEWARD_E2E_OUT ? ` --out-dir ${process.env.STEWARD_E2E_OUT}` : ''}`,
    cwd: '../..',
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
  },
});
