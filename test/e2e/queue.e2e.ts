import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoScreen, watchErrors } from './helpers';
import { seed, seedAccount, seedIncident } from './seed';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

async function seedQueue(page: Page) {
  await seed(page, {
    accounts: [
      seedAccount({
        id: 'ent',
        name: 'Nordhavn Logistics',
        plan: 'carefor-enterprise',
        sdmName: 'Tom Baker',
      }),
      seedAccount({ id: 'prem', name: 'Acme Retail', plan: 'premium', sdmName: null }),
    ],
    incidents: [
      seedIncident({ id: 'i-prem-2', accountId: 'prem', title: 'Checkout page slow', severity: 2 }),
      seedIncident({
        id: 'i-ent-3',
        accountId: 'ent',
        title: 'Old report layout',
        severity: 3,
        reportedAt: ago(60 * DAY),
      }),
      seedIncident({
        id: 'i-ent-2',
        accountId: 'ent',
        title: 'Payroll export failing',
        severity: 2,
      }),
      seedIncident({ id: 'i-prem-1', accountId: 'prem', title: 'Store offline', severity: 1 }),
      seedIncident({
        id: 'i-closed',
        accountId: 'ent',
        title: 'Already closed',
        severity: 1,
        status: 'closed',
      }),
    ],
  });
}

const rows = (page: Page) => page.locator('.queue-row');
const titles = (page: Page) => page.locator('.queue-row .queue-row__title').allTextContents();

test('orders by severity then plan, explains why, filters and searches', async ({ page }) => {
  const errors = watchErrors(page);
  await seedQueue(page);
  await gotoScreen(page, '#/queue', 'Queue');
  await expect(page.getByText('4 of 4 open incidents')).toBeVisible();
  expect(await titles(page)).toEqual([
    'Store offline',
    'Payroll export failing',
    'Checkout page slow',
    'Old report layout',
  ]);
  // Reasons in words, and a breach in red with text.
  await expect(rows(page).nth(0).locator('.queue-row__reasons')).toContainText('Sev 1 · Premium');
  await expect(rows(page).nth(1).locator('.queue-row__reasons')).toContainText(
    'Sev 2 · Enterprise',
  );
  const late = rows(page).nth(3);
  await expect(late.locator('.queue-row__reasons')).toContainText('breached');
  await expect(late.locator('.time-left--danger')).toContainText('Breached ·');

  await page.getByLabel('Severity').selectOption('2');
  expect(await titles(page)).toEqual(['Payroll export failing', 'Checkout page slow']);
  await expect(page.getByText('2 of 4 open incidents')).toBeVisible();
  await page.getByLabel('Plan').selectOption('premium');
  expect(await titles(page)).toEqual(['Checkout page slow']);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.getByRole('checkbox', { name: 'Breached' }).check();
  expect(await titles(page)).toEqual(['Old report layout']);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await page.getByLabel('SDM', { exact: true }).selectOption('Tom Baker');
  expect(await titles(page)).toEqual(['Payroll export failing', 'Old report layout']);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();

  // "/" focuses the search; search matches titles and account names.
  await page.getByRole('listbox', { name: 'Open incidents by priority' }).focus();
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeFocused();
  await page.keyboard.type('acme');
  expect(await titles(page)).toEqual(['Store offline', 'Checkout page slow']);
  await search.fill('zzz');
  await expect(page.getByRole('heading', { name: 'No incident matches' })).toBeVisible();
  await search.fill('');
  expect(errors()).toEqual([]);
});

test('keyboard: arrows move the active row, Enter opens the incident', async ({ page }) => {
  await seedQueue(page);
  await gotoScreen(page, '#/queue', 'Queue');
  const list = page.getByRole('listbox', { name: 'Open incidents by priority' });
  await list.focus();
  const active = () => list.evaluate((el) => el.getAttribute('aria-activedescendant'));
  expect(await active()).toBe('queue-option-i-prem-1');
  await page.keyboard.press('ArrowDown');
  expect(await active()).toBe('queue-option-i-ent-2');
  await page.keyboard.press('End');
  expect(await active()).toBe('queue-option-i-ent-3');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#queue-option-i-ent-2')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/incidents\/i-ent-2$/);
});

test('the demo workspace queue is virtualized and scrolls to the end', async ({ page }) => {
  await gotoScreen(page, '#/accounts', 'Accounts');
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText(/Demo workspace loaded/)).toBeVisible({ timeout: 30_000 });
  await gotoScreen(page, '#/queue', 'Queue');
  const count = page.locator('.queue-summary__count');
  await expect(count).toHaveText(/^(\d+) of \1 open incidents$/);
  const total = Number((await count.textContent())?.split(' ')[0]);
  const inDom = await rows(page).count();
  expect(total).toBeGreaterThan(20);
  expect(inDom).toBeLessThan(total);
  const list = page.getByRole('listbox', { name: 'Open incidents by priority' });
  await list.focus();
  await page.keyboard.press('End');
  await expect(page.locator('.queue-row--active .queue-row__pos')).toHaveText(String(total));
  await page.keyboard.press('PageUp');
  await expect(page.locator('.queue-row--active .queue-row__pos')).not.toHaveText(String(total));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the queue (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedQueue(page);
    await gotoScreen(page, '#/queue', 'Queue');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.getByRole('listbox', { name: 'Open incidents by priority' }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('zzz');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('an empty workspace shows the empty queue', async ({ page }) => {
  await gotoScreen(page, '#/queue', 'Queue');
  await expect(page.getByRole('heading', { name: 'The queue is empty' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
