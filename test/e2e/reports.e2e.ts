import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { demoBackup, restoreThroughUi } from './backup-seed';
import { axeViolations, watchErrors } from './helpers';
import { playwrightPdfOptions } from './pdf-helpers';
import { ACCOUNT, EXPECTED, PERIOD, reviewBook } from './review-book';

const tmp = mkdtempSync(join(tmpdir(), 'steward-reports-'));

/** Share of pixels darker than near-white in a rectangle of a binary PGM (P5) image. */
function inkRatio(pgm: Buffer, box?: { x: number; y: number; w: number; h: number }): number {
  const header = pgm.toString('latin1', 0, 64).split(/\s+/);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const headerLength = pgm.indexOf('\n', pgm.indexOf('\n', pgm.indexOf('\n') + 1) + 1) + 1;
  const b = box ?? { x: 0, y: 0, w: width, h: height };
  let ink = 0;
  let total = 0;
  for (let y = Math.max(0, b.y); y < Math.min(height, b.y + b.h); y++) {
    for (let x = Math.max(0, b.x); x < Math.min(width, b.x + b.w); x++) {
      total++;
      if ((pgm[headerLength + y * width + x] ?? 255) < 200) ink++;
    }
  }
  return total === 0 ? 0 : ink / total;
}

test('business review: on screen, then printed to a PDF that reads back right', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const now = new Date();
  // A book whose figures are known by construction (review-book.ts): the test states them
  // instead of computing them with the code under test.
  await restoreThroughUi(page, reviewBook({ now, open: 5 }));
  const account = ACCOUNT;
  const period = PERIOD;

  // The screen first: pick the account on the reports index, read the review.
  await page.goto('#/reports');
  await page.getByLabel('Account').selectOption({ label: account.name });
  await page.getByRole('link', { name: 'Open business review' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `${account.name} — Business review` }),
  ).toBeVisible();
  await page.goto(`#/reports/review/${account.id}?from=${period.from}&to=${period.to}`);
  await expect(page.locator('[data-kpi="opened"] dd')).toHaveText(String(EXPECTED.opened));
  expect(await axeViolations(page)).toEqual([]);

  // Then the print route, printed by Chromium like printToPDF does.
  await page.goto(`#/print/review/${account.id}?from=${period.from}&to=${period.to}`);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const pdfPath = join(tmp, 'review.pdf');
  writeFileSync(pdfPath, await page.pdf(playwrightPdfOptions(`${account.name} review`)));

  const textOut = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  const flat = textOut.replace(/\s+/g, ' ');
  expect(flat).toContain(account.name);
  const day = (key: string) =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${key}T00:00:00Z`));
  expect(flat).toContain(`${day(period.from)} – ${day(period.to)}`);
  // KPI values, computed here from the same seeded data with the shared functions.
  const pct = (share: number) =>
    new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(
      Math.round(share * 1000) / 1000,
    );
  const k = EXPECTED;
  // Layout mode keeps each figure on its label's line.
  const laid = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(
    /[ \t]+/g,
    ' ',
  );
  expect(laid).toContain(`Incidents opened ${String(k.opened)} `);
  expect(laid).toContain(`Incidents resolved ${String(k.resolved)}`);
  expect(laid).toContain(`Response SLA met ${pct(k.responseCompliance)}`);
  expect(laid).toContain(`Resolution SLA met ${pct(k.resolutionCompliance)}`);
  expect(laid).toContain(`Incidents with a breach ${String(k.breaches)}`);
  expect(laid).toContain(`Open at the end of the period ${String(k.openAtEnd)}`);
  // What is known only today says so, with today's date in the account's time zone.
  const today = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(now);
  for (const title of ['Open incidents in the client’s ranking', 'Open action items'])
    expect(flat).toContain(`${title} as of ${today}`);
  // Layout mode sets text on a character grid and can close up a large figure's narrow spaces
  // ("8 d 5 h" read as "8d5h", while the page shows them): inside the figure they are optional.
  const figure = (label: string, value: string) =>
    new RegExp(`${escapeRegExp(label)} ${value.split(' ').map(escapeRegExp).join(' ?')}(?!\\S)`);
  expect(laid).toMatch(figure('Median time to respond', k.medianResponse));
  expect(laid).toMatch(figure('Median time to resolve', k.medianResolution));
  // The ranked open incidents, in the client's order (the book reported them in reverse).
  const titles = [1, 2, 3, 4, 5].map((n) => `Ranked open ${String(n).padStart(4, '0')}`);
  let from = 0;
  const inOrder = titles.map((title) => {
    const at = flat.indexOf(title, from);
    from = at + 1;
    return at >= 0 ? title : `missing or out of order: ${title}`;
  });
  expect(inOrder).toEqual(titles);
  // Page numbers in the footer.
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1],
  );
  expect(pages).toBeGreaterThan(1);
  for (let p = 1; p <= pages; p++) {
    expect(flat).toMatch(new RegExp(`\\b${String(p)} ?/ ?${String(pages)}\\b`));
  }

  // No page is blank, and the charts' area holds ink.
  execFileSync('pdftoppm', ['-r', '72', '-gray', pdfPath, join(tmp, 'page')]);
  for (let p = 1; p <= pages; p++) {
    const name = join(tmp, `page-${String(p).padStart(String(pages).length, '0')}.pgm`);
    expect(inkRatio(readFileSync(name)), `page ${String(p)}`).toBeGreaterThan(0.002);
  }
  const bbox = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8' });
  const chartTitles = ['Incidents by severity per month', 'SLA compliance per month (%)'];
  for (const title of chartTitles) {
    const first = title.split(' ')[0] ?? '';
    const second = title.split(' ')[1] ?? '';
    const pageBlocks = bbox.split('<page ').slice(1);
    let found = false;
    pageBlocks.forEach((block, index) => {
      const re = new RegExp(
        `yMin="([\\d.]+)"[^>]*>${escapeRegExp(first)}</word>\\s*<word xMin="[\\d.]+" yMin="[\\d.]+"[^>]*>${escapeRegExp(second)}</word>`,
      );
      const m = re.exec(block);
      if (!m || found) return;
      found = true;
      const y = Math.round(Number(m[1]));
      const name = join(tmp, `page-${String(index + 1).padStart(String(pages).length, '0')}.pgm`);
      // The plot sits just under its caption: 660 × 250 CSS px, roughly 70 pt wide margins.
      const ratio = inkRatio(readFileSync(name), { x: 40, y: y + 14, w: 480, h: 170 });
      expect(ratio, `${title} ink`).toBeGreaterThan(0.02);
    });
    expect(found, `${title} found in the PDF`).toBe(true);
  }
  expect(errors()).toEqual([]);
});

test('activity report and portfolio summary read on screen, French formatting', async ({
  page,
}) => {
  const now = new Date();
  const { demo, text } = demoBackup(now);
  await restoreThroughUi(page, text);
  const account = demo.accounts[0];
  if (!account) throw new Error('demo has no account');
  await page.goto(`#/reports/activity/${account.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: `${account.name} — Activity report` }),
  ).toBeVisible();
  await expect(page.locator('[data-kpi="meetingsHeld"] dd')).toHaveText(/^\d+$/);
  await page.goto('#/reports/portfolio');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio summary' })).toBeVisible();
  for (const a of demo.accounts)
    await expect(page.getByRole('rowheader', { name: a.name })).toBeVisible();
  await page.getByLabel('Filter accounts').fill(account.name);
  await expect(page.getByRole('rowheader')).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  // Dark theme too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await axeViolations(page)).toEqual([]);
  // In French: dates spelled in French, empty sections say so.
  await page.goto('#/settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await page.goto(`#/reports/review/${account.id}?from=2010-01-01&to=2010-03-31`);
  await expect(page.getByTestId('report-period')).toHaveText('1 janvier 2010 – 31 mars 2010');
  await expect(page.getByText('Aucun incident ouvert sur la période.')).toBeVisible();
  await expect(page.getByText('Aucune version sur la période.')).toBeVisible();
  // Before the account existed: no health score, and the lists known only today are dated.
  expect(account.subscriptionStart > '2010-03-31').toBe(true);
  await expect(page.getByTestId('health-score')).toContainText(
    'Pas assez de données pour un score.',
  );
  await expect(page.getByTestId('health-score')).not.toContainText('/ 100');
  await expect(
    page.getByRole('heading', { level: 2, name: /^Actions ouvertes au \d{1,2} \S+ \d{4}$/ }),
  ).toBeVisible();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
