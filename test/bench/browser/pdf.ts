// Bench: printing the business review (demo workspace, 12 accounts) to PDF in Chromium — the
// engine Electron's printToPDF uses — against a one-paragraph page printed in the same run.
// Run: npm run bench -- --only=pdf   (or: npx tsx test/bench/browser/pdf.ts [--quick])
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { printToPdfOptions } from '../../../electron/main/pdf';
import { generateDemoWorkspace } from '../../../shared/demo/index';
import { lastFullQuarter } from '../../../shared/reports/index';
import { findChromium } from '../../lib/system-tools.mjs';

const root = resolve(import.meta.dirname, '../../..');
const port = Number(process.env.STEWARD_BENCH_PORT ?? 4239);
const runs = process.argv.includes('--quick') ? 3 : 7;
const outDir = mkdtempSync(join(tmpdir(), 'steward-bench-pdf-'));
const base = `http://localhost:${String(port)}/`;

const server = spawn(
  process.execPath,
  ['build/scripts/web.mjs', '--port', String(port), '--out-dir', outDir],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: false },
);

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('The web build did not start.');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  await waitForServer();
  const executablePath = findChromium();
  if (executablePath === null) throw new Error('Chromium not found');
  const browser = await chromium.launch({ executablePath });
  try {
    const page = await browser.newPage({ locale: 'en-US', timezoneId: 'Europe/Paris' });
    const now = new Date();
    const demo = generateDemoWorkspace({ seed: 42, now });
    const { settings, ...tables } = demo;
    const backup = JSON.stringify({
      format: 'steward-backup',
      version: 1,
      exportedAt: now.toISOString(),
      tables: { ...tables, settings: [settings] },
    });
    // Load the demo workspace through the app's own restore.
    await page.goto(`${base}#/import-export`);
    await page.getByLabel('Backup file').setInputFiles({
      name: 'demo.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    await page.getByRole('radio', { name: /^Replace:/ }).check();
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await page.getByText(/^Backup restored:/).waitFor();

    const account = demo.accounts[0];
    if (!account) throw new Error('no demo account');
    const period = lastFullQuarter(now, account.timeZone);
    const o = printToPdfOptions('a4', account.name);
    const pdfOptions = {
      format: o.pageSize,
      margin: { top: '0.6in', bottom: '0.6in', left: '0.5in', right: '0.5in' },
      printBackground: o.printBackground,
      preferCSSPageSize: o.preferCSSPageSize,
      displayHeaderFooter: o.displayHeaderFooter,
      headerTemplate: o.headerTemplate,
      footerTemplate: o.footerTemplate,
    };
    const route = `${base}#/print/review/${account.id}?from=${period.from}&to=${period.to}`;

    // Route to bytes, as exportPdf does: load, wait for data-print-ready, print.
    const review: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(route);
      await page
        .locator('[data-print-ready="true"]')
        .waitFor({ state: 'attached', timeout: 30_000 });
      bytes = (await page.pdf(pdfOptions)).byteLength;
      review.push(performance.now() - t0);
    }
    const blank: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.setContent('<p>Hello</p>');
      await page.pdf(pdfOptions);
      blank.push(performance.now() - t0);
    }
    console.log(`bench pdf_business_review_ms: ${median(review).toFixed(1)} ms`);
    console.log(`bench pdf_blank_page_ms: ${median(blank).toFixed(1)} ms`);
    console.log(
      `bench pdf_business_review_vs_blank: ${(median(review) / median(blank)).toFixed(1)} x`,
    );
    console.log(`bench pdf_business_review_bytes: ${String(bytes)} bytes`);
  } finally {
    await browser.close();
  }
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => {
    server.kill('SIGTERM');
    rmSync(outDir, { recursive: true, force: true });
  });
