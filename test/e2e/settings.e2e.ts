import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoScreen, watchErrors } from './helpers';

test('workspace thresholds and targets persist across reload and drive the tier suggestion', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await gotoScreen(page, '#/settings', 'Settings');
  await page.getByLabel('CareFor Business Plus from').fill('600000');
  await page.getByLabel('At-risk threshold (%)').fill('40');
  await page.getByRole('spinbutton', { name: 'Response, Premium, severity 1, hours' }).fill('1.5');
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await page.getByRole('button', { name: 'Save workspace settings' }).click();
  await expect(page.getByText('Workspace settings saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('CareFor Business Plus from')).toHaveValue('600000');
  await expect(page.getByLabel('At-risk threshold (%)')).toHaveValue('40');
  await expect(
    page.getByRole('spinbutton', { name: 'Response, Premium, severity 1, hours' }),
  ).toHaveValue('1.5');
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();

  await gotoScreen(page, '#/accounts/new', 'New account');
  await page.getByRole('spinbutton', { name: 'Annual SaaS amount' }).fill('650000');
  await expect(page.getByTestId('tier-suggestion')).toContainText(
    'reaches the CareFor Business Plus threshold (600,000)',
  );
  expect(errors()).toEqual([]);
});

test('invalid workspace settings are explained and nothing is saved', async ({ page }) => {
  await gotoScreen(page, '#/settings', 'Settings');
  await page.getByLabel('CareFor Enterprise from').fill('100');
  await page.getByLabel('At-risk threshold (%)').fill('150');
  await page.getByRole('spinbutton', { name: 'Resolution, Essential, severity 4, hours' }).fill('');
  await page.getByRole('button', { name: 'Save workspace settings' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Correct 3 field\(s\) below/);
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.getByLabel('CareFor Enterprise from')).toHaveAccessibleDescription(
    'Thresholds must rise: Business ≤ Business Plus ≤ Enterprise.',
  );
  await expect(page.getByLabel('At-risk threshold (%)')).toHaveAccessibleDescription(
    /above 0 and below 100/,
  );
  await expect(
    page.getByRole('spinbutton', { name: 'Resolution, Essential, severity 4, hours' }),
  ).toHaveAccessibleDescription('Enter a number.');
  await page.reload();
  await expect(page.getByLabel('CareFor Enterprise from')).toHaveValue('2000000');
  await expect(page.getByLabel('At-risk threshold (%)')).toHaveValue('25');
});

test('your name is kept on this device', async ({ page }) => {
  await gotoScreen(page, '#/settings', 'Settings');
  await page.getByLabel('Your name').fill('Claire Martin');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Claire Martin');
  // A new account starts with you as its CSM.
  await gotoScreen(page, '#/accounts/new', 'New account');
  await expect(page.getByLabel('Customer success manager (CSM)')).toHaveValue('Claire Martin');
});

/**
 * Stands in for the browser's persistence decision (Chromium grants it by heuristics): the page's
 * persist() answers from `answers` in turn, and persisted() tells what was last granted.
 */
async function browserPersistence(page: Page, answers: boolean[]): Promise<void> {
  await page.addInitScript((queued: boolean[]) => {
    let granted = false;
    const calls = { persist: 0 };
    Object.assign(window, { persistCalls: calls });
    Object.defineProperties(navigator.storage, {
      persisted: { value: () => Promise.resolve(granted) },
      persist: {
        value: () => {
          calls.persist += 1;
          granted = queued.shift() ?? granted;
          return Promise.resolve(granted);
        },
      },
    });
  }, answers);
}
const persistCalls = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { persistCalls: { persist: number } }).persistCalls.persist,
  );

test('the storage section shows persistence granted at start-up', async ({ page }) => {
  await browserPersistence(page, [true]);
  await gotoScreen(page, '#/settings', 'Settings');
  const status = page.getByTestId('storage-status');
  await expect(status).toContainText(/used of .* available/);
  await expect(status).toContainText('Persistent storage: granted.');
  await expect(status).not.toContainText('not granted');
  await expect(page.getByRole('button', { name: 'Ask again for persistent storage' })).toHaveCount(
    0,
  );
  expect(await persistCalls(page)).toBe(1);
});

test('the storage section shows a refusal and asks again on request', async ({ page }) => {
  await browserPersistence(page, [false, true]);
  await gotoScreen(page, '#/settings', 'Settings');
  const status = page.getByTestId('storage-status');
  await expect(status).toContainText('Persistent storage: not granted.');
  expect(await persistCalls(page)).toBe(1);
  await page.getByRole('button', { name: 'Ask again for persistent storage' }).click();
  await expect(status).toContainText('Persistent storage: granted.');
  expect(await persistCalls(page)).toBe(2);
  await expect(page.getByRole('button', { name: 'Ask again for persistent storage' })).toHaveCount(
    0,
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the settings screen has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoScreen(page, '#/settings', 'Settings');
    await expect(page.getByTestId('storage-status')).toContainText('Persistent storage');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('At-risk threshold (%)').fill('0');
    await page.getByRole('button', { name: 'Save workspace settings' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
