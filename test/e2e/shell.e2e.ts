import { expect, test } from '@playwright/test';
import { axeViolations, gotoScreen, SCREENS, watchErrors } from './helpers';

test('every screen loads without console errors and the sidebar navigates', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  // Today is the start screen.
  await expect(page).toHaveURL(/#\/today$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  for (const screen of SCREENS) {
    await nav.getByRole('link', { name: screen.en }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen.en })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${screen.path}$`));
    await expect(nav.getByRole('link', { name: screen.en })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
  expect(errors()).toEqual([]);
});

test('an unknown route says so and links back', async ({ page }) => {
  await page.goto('#/no-such-screen');
  await expect(page.getByRole('alert')).toHaveText('This page does not exist.');
  await page.getByRole('link', { name: 'Go to accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
});

test('switching to French changes the visible text and persists across reload', async ({
  page,
}) => {
  await gotoScreen(page, '#/settings', 'Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Comptes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Français' })).toBeChecked();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('the app follows the OS language when none is chosen', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Aujourd’hui' })).toBeVisible();
  await context.close();
});

test('the theme follows the OS and a manual choice persists across reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await gotoScreen(page, '#/settings', 'Settings');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
});

test('the content security policy blocks injected inline scripts', async ({ page }) => {
  const errors = watchErrors(page);
  await gotoScreen(page, '#/accounts', 'Accounts');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 50));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect(errors().some((e) => e.includes('Content Security Policy'))).toBe(true);
});

test('keyboard users can skip to content and see focus', async ({ page }) => {
  await gotoScreen(page, '#/accounts', 'Accounts');
  // The page heading takes focus on arrival and the screen may hold controls after it: reach
  // the skip link from the first sidebar link, the control that follows it.
  await page.getByRole('navigation').getByRole('link').first().focus();
  await page.keyboard.press('Shift+Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.1 AA violations on any screen (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const screen of SCREENS) {
      await gotoScreen(page, screen.path, screen.en);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      expect(await axeViolations(page), `${screen.en} in ${scheme}`).toEqual([]);
    }
  });
}
