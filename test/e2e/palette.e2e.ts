import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoScreen, watchErrors } from './helpers';
import { seed, seedAccount, seedIncident } from './seed';

async function seedPalette(page: Page) {
  await seed(page, {
    accounts: [
      seedAccount({ id: 'nord', name: 'Nordhavn Logistics' }),
      seedAccount({ id: 'acme', name: 'Acme Retail', plan: 'premium' }),
    ],
    incidents: [seedIncident({ id: 'inc-1', accountId: 'acme', title: 'Checkout page slow' })],
  });
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });

test('Ctrl+K jumps to an account or an incident by name', async ({ page }) => {
  const errors = watchErrors(page);
  await seedPalette(page);
  await gotoScreen(page, '#/queue', 'Queue');
  await page.keyboard.press('Control+k');
  const input = palette(page).getByRole('combobox', {
    name: 'Search accounts, incidents and commands',
  });
  await expect(input).toBeFocused();
  await input.fill('nordhavn');
  await expect(palette(page).getByRole('option').first()).toContainText('Nordhavn Logistics');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/accounts\/nord$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nordhavn Logistics' })).toBeVisible();
  await expect(palette(page)).toBeHidden();

  await page.keyboard.press('Control+k');
  await input.fill('checkout');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/incidents\/inc-1$/);

  // Escape closes without doing anything.
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  expect(errors()).toEqual([]);
});

test('commands: go to a screen, switch the language to French', async ({ page }) => {
  await gotoScreen(page, '#/accounts', 'Accounts');
  await page.keyboard.press('Control+k');
  const input = palette(page).getByRole('combobox');
  await input.fill('go to settings');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  await page.keyboard.press('Control+k');
  await input.fill('switch language');
  await expect(palette(page).getByRole('option', { selected: true })).toContainText(
    'Switch language to French',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
});

test('Shift+? and F1 open the shortcuts help, listing every shortcut', async ({ page }) => {
  await gotoScreen(page, '#/queue', 'Queue');
  await page.keyboard.press('Shift+?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const action of [
    'Open the command palette',
    'Focus the search box',
    'Move the focused incident up one place',
    'Move the focused incident to the top',
    'New incident',
    'New account',
    'Open the active incident',
  ]) {
    await expect(help.getByRole('cell', { name: new RegExp(`^${action}`) })).toBeVisible();
  }
  await expect(help.getByRole('row', { name: /Ctrl \+ K/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await page.keyboard.press('F1');
  await expect(help).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the palette and the help (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedPalette(page);
    await gotoScreen(page, '#/accounts', 'Accounts');
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await page.keyboard.press('Control+k');
    await palette(page).getByRole('combobox').fill('a');
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await palette(page).getByRole('combobox').fill('zzzz');
    await expect(palette(page).getByRole('status')).toHaveText('Nothing matches “zzzz”.');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
