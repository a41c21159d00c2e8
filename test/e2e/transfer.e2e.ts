import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { demoBackup, restoreThroughUi } from './backup-seed';
import { storedRows } from './seed';
import { axeViolations, watchErrors } from './helpers';

const now = new Date();
const { demo, text } = demoBackup(now, { accounts: 3, incidents: 40 });
const account = demo.accounts[0];
if (!account) throw new Error('demo has no account');

/** Incidents opened in 2019 for the account, read from its business review on screen. */
async function openedIn2019(page: Page): Promise<string> {
  if (!account) throw new Error('no account');
  await page.goto(`#/reports/review/${account.id}?from=2019-01-01&to=2019-12-31`);
  const cell = page.locator('[data-kpi="opened"] dd');
  await expect(cell).toBeVisible();
  return (await cell.textContent()) ?? '';
}

/**
 * Waits until an incidents import has committed: `count` incidents titled with `text` are stored
 * and its progress is gone. Leaving the page earlier cancels the import (and its rows), and the
 * "records imported" notice of an earlier import may still be on screen.
 */
async function importCommitted(page: Page, text: string, count: number): Promise<void> {
  await expect
    .poll(async () => {
      const rows = await storedRows<{ title: string }>(page, 'incidents');
      return rows.filter((r) => r.title.includes(text)).length;
    })
    .toBe(count);
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
}

function csv(lines: string[]) {
  return {
    name: 'old-tool-2019.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
  };
}

test('scenario 5: last year’s incidents, two bad dates: preview says where, nothing half-imports', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await restoreThroughUi(page, text);
  expect(await openedIn2019(page)).toBe('0');

  await page.goto('#/import-export');
  await page.getByRole('radio', { name: 'Incidents' }).check();
  const rows = [
    'Account;Title;Severity;Status;Reported at;Resolved at',
    ...Array.from(
      { length: 8 },
      (_, i) =>
        `${account.name};Legacy incident ${String(i + 1)};3;closed;2019-0${String((i % 8) + 1)}-10 09:00;2019-0${String((i % 8) + 1)}-11 10:00`,
    ),
  ];
  rows.splice(3, 0, `${account.name};Bad date one;2;closed;2019-02-30 09:00;`); // line 4
  rows.splice(7, 0, `${account.name};Bad date two;2;closed;10/13/2019;`); // line 8
  await page.getByLabel('CSV file').setInputFiles(csv(rows));

  await expect(page.getByRole('table', { name: /Preview: first 5 of 10 rows/ })).toBeVisible();
  const problems = page.getByTestId('import-errors');
  await expect(problems).toContainText('2 problems in 2 rows');
  await expect(problems).toContainText(
    'Line 4, column “Reported at”: “2019-02-30 09:00” is not a date and time',
  );
  await expect(problems).toContainText(
    'Line 8, column “Reported at”: “10/13/2019” is not a date and time',
  );
  await expect(page.getByRole('button', { name: 'Import 8 rows' })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);

  // Nothing stored while the file has errors.
  expect(await openedIn2019(page)).toBe('0');

  // The explicit choice imports the valid rows only.
  await page.goto('#/import-export');
  await page.getByRole('radio', { name: 'Incidents' }).check();
  await page.getByLabel('CSV file').setInputFiles(csv(rows));
  await page.getByRole('button', { name: 'Import only the 8 valid rows' }).click();
  await expect(page.getByText('8 records imported.')).toBeVisible();
  expect(await openedIn2019(page)).toBe('8');
  expect(errors()).toEqual([]);
});

test('hostile files get a clear message and change nothing', async ({ page }) => {
  await restoreThroughUi(page, text);
  await page.goto('#/import-export');
  const csvInput = page.getByLabel('CSV file');
  // Latin-1 bytes, not UTF-8.
  await csvInput.setInputFiles({
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x41, 0x3b, 0xe9, 0x0a]),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not UTF-8 text. Nothing was changed.',
  );
  // Binary garbage.
  await csvInput.setInputFiles({
    name: 'garbage.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'This file holds binary data, not text. Nothing was changed.',
  );
  // Over 50 MB.
  const huge = join(mkdtempSync(join(tmpdir(), 'steward-huge-')), 'huge.csv');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024 + 10, 0x61));
  await csvInput.setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText('larger than 50 MB');
  rmSync(dirname(huge), { recursive: true });
  // A truncated backup.
  await page.getByLabel('Backup file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2)), 'utf8'),
  });
  await expect(
    page.getByRole('region', { name: 'Workspace backup (JSON)' }).getByRole('alert'),
  ).toContainText('not valid JSON');
  await expect(page.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  // The workspace is intact.
  await page.goto('#/reports/portfolio');
  for (const a of demo.accounts)
    await expect(page.getByRole('rowheader', { name: a.name })).toBeVisible();
});

test('CSV export: BOM, French separators, formula cells defused; merge restore keeps data', async ({
  page,
}) => {
  await restoreThroughUi(page, text);
  await page.goto('#/import-export');
  await page.getByRole('radio', { name: 'Incidents' }).check();
  await page
    .getByLabel('CSV file')
    .setInputFiles(
      csv([
        'Account,Title,Severity,Status,Reported at',
        `${account.name},"=cmd|' /C calc'!A0",4,closed,2019-05-05`,
      ]),
    );
  await page.getByRole('button', { name: 'Import 1 rows' }).click();
  await expect(page.getByText('1 records imported.')).toBeVisible();
  await importCommitted(page, "cmd|' /C calc", 1);

  await page.goto('#/settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await page.goto('#/import-export');
  await page.getByLabel('Compte', { exact: true }).selectOption({ label: account.name });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les incidents de ce compte' }).click();
  const file = readFileSync(await (await download).path());
  expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const content = file.toString('utf8');
  expect(content.split('\r\n')[0]).toBe(
    '\uFEFFCompte;Titre;Sévérité;Statut;Catégorie;Signalé le;Répondu le;Résolu le;Description;Interface;Extension',
  );
  // Readable: labels in French, the local time with its offset in the account's zone.
  expect(content).toMatch(
    /\r\n[^\r\n]*;'=cmd\|' \/C calc'!A0;4 · Faible;Clos;Application;2019-05-05 00:00 [+-]\d\d:\d\d;/,
  );
  // For re-import: ids and ISO instants.
  await page.getByLabel('Pour réimport : identifiants et heures UTC (ISO 8601)').check();
  const ids = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter les incidents de ce compte' }).click();
  const idsText = readFileSync(await (await ids).path()).toString('utf8');
  expect(idsText).toMatch(
    /'=cmd\|' \/C calc'!A0;4;closed;application;2019-05-0\dT\d\d:00:00.000Z;/,
  );

  const quota = page.waitForEvent('download');
  await page.getByRole('button', { name: /Exporter la consommation des quotas/ }).click();
  const quotaText = readFileSync(await (await quota).path()).toString('utf8');
  expect(quotaText.split('\r\n')[0]).toBe('\uFEFFCompte;Quota;Période;Consommé;Inclus;Dépassement');

  // The readable French line imports back as the same incident, in English too.
  const [header = '', ...rest] = content.split('\r\n');
  const line = rest.find((l) => l.includes('calc')) ?? '';
  await page.goto('#/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await page.goto('#/import-export');
  await page.getByRole('radio', { name: 'Incidents' }).check();
  await page.getByLabel('CSV file').setInputFiles({
    name: 'readable.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\r\n${line}\r\n`, 'utf8'),
  });
  await page.getByRole('button', { name: 'Import 1 rows' }).click();
  await importCommitted(page, "cmd|' /C calc", 2);
  await expect(page.getByText('1 records imported.')).toBeVisible();
  expect(await openedIn2019(page)).toBe('2');

  // Merging the original backup back keeps the imported incidents (they are not in the backup).
  await restoreThroughUi(page, text, 'Merge');
  expect(await openedIn2019(page)).toBe('2');
});

test('a Windows-1252 accounts file from Excel: pick the encoding in a preview, labels in French, imported', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await restoreThroughUi(page, text);
  await page.goto('#/import-export');
  await page.getByRole('radio', { name: 'Accounts' }).check();
  const lines = [
    'Nom;Offre;Début abonnement;Fuseau horaire;Montant SaaS annuel;CSM',
    'Société Générale;carefor business plus;2025-01-01;Europe/Paris;1 250 000,50;Zoé Lefèvre',
    'Crédit Agricole;CAREFOR ENTERPRISE;2024-07-01;Europe/Paris;2 000 000;Zoé Lefèvre',
  ];
  // Excel's "CSV" in France: Windows-1252, where é is the single byte 0xE9.
  const buffer = Buffer.from(lines.join('\r\n'), 'latin1');
  expect(buffer.includes(0xe9)).toBe(true);
  await page
    .getByLabel('CSV file')
    .setInputFiles({ name: 'comptes.csv', mimeType: 'text/csv', buffer });
  await expect(page.getByRole('alert')).toHaveText(
    'This file is not UTF-8 text. Nothing was changed.',
  );
  const choice = page.getByTestId('encoding-choice');
  await expect(choice.getByText(lines[1] ?? '', { exact: true })).toBeVisible();
  await expect(choice.getByText(lines[0] ?? '', { exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await choice
    .getByRole('button', { name: 'Read as Windows-1252 (Excel, Western Europe)' })
    .click();

  const preview = page.getByRole('table', { name: /Preview: first 2 of 2 rows/ });
  await expect(preview.getByRole('cell', { name: 'Société Générale', exact: true })).toBeVisible();
  await expect(page.getByTestId('encoding-choice')).toHaveCount(0);
  // The choice holds for this file when the target changes.
  await page.getByRole('radio', { name: 'Incidents' }).check();
  await page.getByRole('radio', { name: 'Accounts' }).check();
  await expect(preview.getByRole('cell', { name: 'Société Générale', exact: true })).toBeVisible();
  await expect(page.getByTestId('encoding-choice')).toHaveCount(0);
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('2 records imported.')).toBeVisible();

  await page.goto('#/accounts');
  const row = page.getByRole('row', { name: /Société Générale/ });
  await expect(row).toContainText('CareFor Business Plus');
  await expect(page.getByRole('row', { name: /Crédit Agricole/ })).toContainText(
    'CareFor Enterprise',
  );
  expect(errors()).toEqual([]);
});

// Issue 18: imports that scale or refuse, never break.
const ACCOUNTS_HEADER = 'Name,Plan,Subscription start,Time zone,CSM';
function accountsCsv(count: number, name = 'accounts.csv', extra: string[] = []) {
  const lines = [ACCOUNTS_HEADER];
  for (let i = 1; i <= count; i++)
    lines.push(`Imported ${String(i)},premium,2024-01-01,Europe/Paris,Camille`);
  lines.push(...extra);
  return { name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') };
}

async function storedAccounts(page: Page): Promise<string> {
  await page.goto('#/accounts');
  const count = page.getByRole('status').filter({ hasText: /of \d+ accounts/ });
  await expect(count).toBeVisible();
  return (await count.textContent()) ?? '';
}

async function chooseAccountsFile(page: Page, file: ReturnType<typeof accountsCsv>) {
  await page.goto('#/import-export');
  await page.getByRole('radio', { name: 'Accounts' }).check();
  await page.locator('#csv-file').setInputFiles(file);
}

/**
 * Clicks the import's Cancel the moment its progress says `phase`, from inside the page: a click
 * from the test could land after a fast phase has ended (the race this avoids). Nothing is
 * clicked if that phase never shows, so the test then fails on the missing cancellation.
 */
async function cancelDuring(page: Page, phase: string): Promise<void> {
  await page.evaluate((text) => {
    const observer = new MutationObserver(() => {
      const box = document.querySelector('[data-testid="import-progress"]');
      const status = box?.querySelector('[role="status"]');
      const button = box?.querySelector('button');
      if (!(status?.textContent ?? '').includes(text)) return;
      if (!(button instanceof HTMLButtonElement) || button.disabled) return;
      observer.disconnect();
      button.click();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, phase);
}

test('a large import shows progress while read and while written; Cancel leaves no row', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await restoreThroughUi(page, text);
  const before = await storedAccounts(page);
  expect(before).toBe(
    `${String(demo.accounts.length)} of ${String(demo.accounts.length)} accounts`,
  );

  // Cancel while the file is read.
  await page.goto('#/import-export');
  await cancelDuring(page, 'Reading the file');
  await chooseAccountsFile(page, accountsCsv(60_000));
  const progress = page.getByTestId('import-progress');
  await expect(page.getByText('Import cancelled. Nothing was stored.')).toBeVisible();
  await expect(progress).toHaveCount(0);

  // Cancel while the rows are written.
  await page.locator('#csv-file').setInputFiles(accountsCsv(5_000, 'again.csv'));
  await expect(page.getByText('All 5000 rows are valid.')).toBeVisible({ timeout: 60_000 });
  await cancelDuring(page, 'Importing…');
  await page.getByRole('button', { name: 'Import 5000 rows' }).click();
  await expect(page.getByText('Import cancelled. Nothing was stored.')).toBeVisible({
    timeout: 60_000,
  });
  expect(await storedAccounts(page)).toBe(before);

  // The same file, not cancelled: every row, and the list stays usable.
  await chooseAccountsFile(page, accountsCsv(5_000, 'final.csv'));
  await page.getByRole('button', { name: 'Import 5000 rows' }).click();
  await expect(page.getByText('5000 records imported.')).toBeVisible({ timeout: 60_000 });
  const total = demo.accounts.length + 5_000;
  expect(await storedAccounts(page)).toBe(`${String(total)} of ${String(total)} accounts`);
  // Virtualized: a few dozen rows in the DOM, not thousands.
  expect(await page.getByRole('rowheader').count()).toBeLessThan(100);
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('Imported 4999');
  await expect(page.getByRole('rowheader', { name: 'Imported 4999' })).toBeVisible();
  expect(errors()).toEqual([]);
});

test('a file beyond the workspace limits is refused with its figures; nothing is stored', async ({
  page,
}) => {
  await restoreThroughUi(page, text);
  const before = await storedAccounts(page);
  await chooseAccountsFile(page, accountsCsv(60_000, 'book.csv'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This file has 60,000 rows (', { timeout: 60_000 });
  await expect(alert).toContainText('One import adds at most 5,000 accounts');
  await expect(alert).toContainText(
    `a workspace holds at most 5,500 (it has ${String(demo.accounts.length)}, so 5,000 more fit)`,
  );
  await expect(alert).toContainText('Nothing was stored.');
  await expect(page.getByRole('button', { name: /^Import \d+ rows$/ })).toHaveCount(0);
  expect(await storedAccounts(page)).toBe(before);
});

test('a file with one bad row says which and stores nothing', async ({ page }) => {
  await restoreThroughUi(page, text);
  const before = await storedAccounts(page);
  await chooseAccountsFile(
    page,
    accountsCsv(200, 'one-bad.csv', ['Broken plan,platinum,2024-01-01,Europe/Paris,Camille']),
  );
  const problems = page.getByTestId('import-errors');
  await expect(problems).toContainText('1 problems in 1 rows');
  await expect(problems).toContainText('Line 202, column “Plan”: “platinum” is not a plan');
  await expect(page.getByRole('button', { name: 'Import 200 rows' })).toBeDisabled();
  expect(await storedAccounts(page)).toBe(before);
});
