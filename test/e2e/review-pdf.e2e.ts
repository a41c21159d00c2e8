import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { restoreThroughUi } from './backup-seed';
import { axeViolations } from './helpers';
import { chartTextBoxes, inkRatio, overlaps, pdfPages, pdfText, printRoute } from './pdf-helpers';
import { ACCOUNT, EXPECTED, PERIOD, reviewBook } from './review-book';

const tmp = mkdtempSync(join(tmpdir(), 'steward-review-pdf-'));
/** PNG pages to look at are kept in the run's output folder. */
const looks = join(process.env.STEWARD_E2E_OUT ?? tmp, 'review-pages');
mkdirSync(looks, { recursive: true });

const route = (query = '') =>
  `#/print/review/${ACCOUNT.id}?from=${PERIOD.from}&to=${PERIOD.to}${query}`;
/** pdftotext keeps (narrow) no-break spaces: read them as spaces. */
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');
const pct = (share: number, locale = 'en-GB') =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })
    .format(Math.round(share * 1000) / 1000)
    .replace(/[\u00a0\u202f]/g, ' ');

/** Formula and settings wording of the internal edition, which a client must never read. */
const INTERNAL_WORDING = [
  '100 minus',
  'monthly average of 40',
  'weights are a workspace setting',
  'weighted mean',
  'Weight',
  'How it is measured',
  'Internal edition',
];

async function setFrench(page: Page) {
  await page.goto('#/settings');
  await page.getByRole('radio', { name: 'Français' }).check();
}

test('client edition by default: the PDF shows the period, its sections, the figures, no formula', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await restoreThroughUi(page, reviewBook({ now: new Date(), open: 25 }));

  // The screen offers the choice before export, the client edition first and chosen.
  await page.goto(`#/reports/review/${ACCOUNT.id}?from=${PERIOD.from}&to=${PERIOD.to}`);
  const picker = page.getByRole('group', { name: 'Edition' });
  await expect(picker.getByRole('radio', { name: /^Client/ })).toBeChecked();
  await expect(picker.getByRole('checkbox', { name: /Appendix/ })).not.toBeChecked();
  await expect(page.getByText('100 minus', { exact: false })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  // The choice lives in the route's query (the print route gets the same): it lands a moment later.
  await picker.getByRole('radio', { name: /^Internal/ }).click();
  await expect(picker.getByRole('radio', { name: /^Internal/ })).toBeChecked();
  await expect(page.getByText(/100 minus the monthly average/)).toBeVisible();
  await expect(picker.getByRole('checkbox', { name: /Appendix/ })).toBeChecked();
  expect(page.url()).toContain('edition=internal');

  // The print route without a choice prints the client edition.
  const pdf = join(tmp, 'client.pdf');
  await printRoute(page, route(), pdf);
  // The page's canvas is white on paper (it used to keep the app's grey).
  await page.emulateMedia({ media: 'print' });
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
  ).toBe('rgb(255, 255, 255)');
  const text = flat(pdfText(pdf));
  expect(text).toContain('1 January 2026 – 31 March 2026');
  for (const section of [
    'Account and plan',
    'Key figures',
    'Account health',
    'What it reflects',
    'Trends',
    'Quota consumption',
    'Open incidents in the client’s ranking as of',
    'Release impact',
    'Steering decisions',
    'Open action items as of',
    'Pending work orders as of',
  ])
    expect(text.toLowerCase(), section).toContain(section.toLowerCase());
  for (const words of INTERNAL_WORDING) expect(text, words).not.toContain(words);
  // One date format: no ISO date anywhere (the annual quota period used to print one).
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

  // The figures, known from how the book was built (review-book.ts).
  const laid = pdfText(pdf, true).replace(/[ \t\u00a0\u202f]+/g, ' ');
  expect(laid).toContain(`Incidents opened ${String(EXPECTED.opened)} `);
  expect(laid).toContain(`Incidents resolved ${String(EXPECTED.resolved)}`);
  expect(laid).toContain(`Open at the end of the period ${String(EXPECTED.openAtEnd)}`);
  expect(laid).toContain(`Response SLA met ${pct(EXPECTED.responseCompliance)}`);
  expect(laid).toContain(`Resolution SLA met ${pct(EXPECTED.resolutionCompliance)}`);
  expect(laid).toContain(`Incidents with a breach ${String(EXPECTED.breaches)}`);
  expect(laid).toContain(`Median time to respond ${EXPECTED.medianResponse}`);
  expect(laid).toContain(`Median time to resolve ${EXPECTED.medianResolution}`);
  // Chart labels in the same format as the tables; hours with their unit.
  expect(text).toContain(pct(EXPECTED.sla[0].response));
  expect(text).toContain(`${String(EXPECTED.extensionHours)} h`);
  expect(text).toContain('16 h');

  // The first 20 ranked incidents in the client's order, then "and 5 more".
  let from = 0;
  const order = Array.from({ length: 20 }, (_, i) => {
    const title = `Ranked open ${String(i + 1).padStart(4, '0')}`;
    const atIndex = text.indexOf(title, from);
    from = atIndex + 1;
    return atIndex >= 0 ? title : `missing or out of order: ${title}`;
  });
  expect(order).toEqual(
    Array.from({ length: 20 }, (_, i) => `Ranked open ${String(i + 1).padStart(4, '0')}`),
  );
  expect(text).not.toContain('Ranked open 0021');
  expect(text).toContain('And 5 more open incidents (25 in all).');

  // The internal edition keeps the details and adds the appendix with every open incident.
  const internal = join(tmp, 'internal.pdf');
  await printRoute(page, route('&edition=internal'), internal);
  const inside = flat(pdfText(internal));
  expect(inside).toContain('100 minus the monthly average of 40');
  expect(inside).toContain('Internal edition: not for the client.');
  expect(inside).toContain('Appendix: every open incident');
  expect(inside).toContain('Ranked open 0025');
  expect(pdfPages(internal)).toBeGreaterThan(pdfPages(pdf));
});

test('charts at A4 never overlap their labels, in English and in French', async ({ page }) => {
  test.setTimeout(120_000);
  await restoreThroughUi(page, reviewBook({ now: new Date() }));
  // The printable width of A4 with the export's margins: 8.27 in − 2 × 0.5 in, at 96 px/in.
  await page.setViewportSize({ width: 698, height: 1123 });
  for (const lang of ['en', 'fr'] as const) {
    if (lang === 'fr') await setFrench(page);
    await page.goto(route());
    await expect(page.locator('[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    const charts = await chartTextBoxes(page);
    expect(charts.map((c) => c.title)).toHaveLength(3);
    for (const chart of charts) {
      expect(chart.texts.length, chart.title).toBeGreaterThan(5);
      expect(overlaps(chart.frame, chart.texts), `${lang}: ${chart.title}`).toEqual([]);
    }
    const sla = charts[1]?.texts.map((t) => t.what.replace(/[\u00a0\u202f]/g, ' ')) ?? [];
    const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
    // Both January labels (83.3 twice) and both March labels (100 twice) are drawn, apart.
    expect(sla.filter((s) => s === pct(5 / 6, locale))).toHaveLength(2);
    expect(sla.filter((s) => s === pct(1, locale)).length).toBeGreaterThanOrEqual(3);
    // The "Allowance" swatch is an outlined box, visible on white.
    const allowance = page
      .locator('.report-legend li', { hasText: lang === 'fr' ? /^Inclus$/ : /^Allowance$/ })
      .locator('rect');
    await expect(allowance).toHaveAttribute('stroke', '#1b1f24');
    await page.emulateMedia({ media: 'screen' });
  }
});

test('French client edition: one vocabulary and one number format, in charts and tables', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await restoreThroughUi(page, reviewBook({ now: new Date(), open: 3 }));
  await setFrench(page);
  const pdf = join(tmp, 'fr.pdf');
  await printRoute(page, route(), pdf);
  const text = flat(pdfText(pdf));
  expect(text).toContain('1 janvier 2026 – 31 mars 2026');
  expect(text).toContain('Gravité 3');
  expect(text).toContain('Ordres de travail en attente au');
  expect(text).not.toMatch(/sévérité|bons? de commande/i);
  // The KPI table and the chart label write a percentage the same way.
  expect(text).toContain(`SLA de réponse respecté ${pct(EXPECTED.responseCompliance, 'fr-FR')}`);
  expect(text).toContain(pct(5 / 6, 'fr-FR'));
  expect(text).not.toMatch(/\b83\.3\b/);
  expect(text).toContain('11,5 h');
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(looks, 'fr-client')]);
});

test('a 0-incident review and a 2,000-incident quarter stay short and whole', async ({ page }) => {
  test.setTimeout(300_000);
  const now = new Date();
  const counts: string[] = [];

  await restoreThroughUi(page, reviewBook({ now, empty: true }));
  const empty = join(tmp, 'empty.pdf');
  await printRoute(page, route(), empty);
  const emptyText = flat(pdfText(empty));
  expect(emptyText).toContain('No incidents were opened in this period.');
  expect(emptyText).toContain('No open incidents.');
  counts.push(`0 incidents, client edition: ${String(pdfPages(empty))} pages`);
  execFileSync('pdftoppm', ['-r', '50', '-png', empty, join(looks, 'empty-client')]);

  await restoreThroughUi(page, reviewBook({ now, busy: 2000 }));
  const busy = join(tmp, 'busy.pdf');
  await printRoute(page, route(), busy);
  const busyText = flat(pdfText(busy));
  expect(busyText).toContain('And 1,980 more open incidents (2,000 in all).');
  expect(busyText).toContain('Incidents opened 2,000');
  const busyPages = pdfPages(busy);
  expect(busyPages).toBeLessThanOrEqual(8);
  counts.push(`2,000 incidents, client edition: ${String(busyPages)} pages`);
  execFileSync('pdftoppm', ['-r', '50', '-png', busy, join(looks, 'busy-client')]);
  // No grey block: below the last line of the last page, the paper is white.
  execFileSync('pdftoppm', ['-r', '72', '-gray', '-f', String(busyPages), busy, join(tmp, 'last')]);
  const last = readFileSync(join(tmp, `last-${String(busyPages)}.pgm`));
  expect(inkRatio(last, { x: 0, y: 760, w: 595, h: 40 }, 254)).toBe(0);

  const appendix = join(tmp, 'busy-appendix.pdf');
  await printRoute(page, route('&edition=internal&appendix=1'), appendix);
  counts.push(
    `2,000 incidents, internal edition with appendix: ${String(pdfPages(appendix))} pages`,
  );
  expect(flat(pdfText(appendix))).toContain('Busy quarter incident 2000');
  execFileSync('pdftoppm', ['-r', '50', '-png', '-l', '4', appendix, join(looks, 'busy-internal')]);
  test.info().annotations.push({ type: 'page counts', description: counts.join('; ') });
  console.log(`review page counts: ${counts.join('; ')}`);
});
