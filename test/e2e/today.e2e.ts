import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoScreen, watchErrors } from './helpers';
import { storedRows } from './seed';

const SHOTS = process.env.STEWARD_E2E_SHOTS; // a folder: screenshots to look at, when set

// Each test loads the demo book first: give the shared 2-core machine room.
test.describe.configure({ timeout: 180_000 });

interface AccountRow {
  id: string;
  name: string;
  csmName: string;
  sdmName: string | null;
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** Loads the demo book and names the user after the showcase account's CSM, typed loosely. */
async function demoAsCsm(page: Page): Promise<{ me: string; mine: AccountRow[] }> {
  await gotoScreen(page, '#/accounts', 'Accounts');
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText(/^Demo workspace loaded: 12 accounts/)).toBeVisible();
  const accounts = await storedRows<AccountRow>(page, 'accounts');
  const me = accounts.find((a) => a.id === 'acc-0001')?.csmName ?? '';
  expect(me).not.toBe('');
  const mine = accounts.filter(
    (a) => fold(a.csmName) === fold(me) || (a.sdmName !== null && fold(a.sdmName) === fold(me)),
  );
  expect(mine.length).toBeLessThan(accounts.length);
  await gotoScreen(page, '#/settings', 'Settings');
  await expect(page.getByText(/Today shows “my accounts”/)).toBeVisible();
  // Case and accents do not matter: "élise fournier" and "ELISE FOURNIER" are the same person.
  await page.getByRole('textbox', { name: 'Your name' }).fill(`  ${fold(me).toUpperCase()} `);
  await page.getByRole('button', { name: 'Save' }).first().click();
  await expect(page.getByText('Your name is saved.')).toBeVisible();
  return { me, mine };
}

const section = (page: Page, name: RegExp) => page.getByRole('region', { name });
const lines = (page: Page, name: RegExp) => section(page, name).getByRole('listitem');

test('Today lists what needs the user, mine by default, each line one click from the record', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { mine } = await demoAsCsm(page);
  await page.goto('./');
  await expect(page).toHaveURL(/#\/today$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'My accounts' })).toBeChecked();
  await expect(page.getByText(`${mine.length} accounts`, { exact: true })).toBeVisible();

  // Breached and at-risk incidents are separate sections; every line is one of my accounts.
  const breached = lines(page, /^Breached incidents/);
  await expect(breached.first()).toBeVisible();
  const myNames = mine.map((a) => a.name);
  for (const text of await breached.allInnerTexts()) {
    expect(myNames.some((n) => text.includes(n))).toBe(true);
  }
  for (const name of [
    /^Incidents at risk/,
    /^Action items due/,
    /^Meetings this week/,
    /^Releases needing an assessment/,
    /^Quota warnings/,
    /^Reviews due/,
  ]) {
    await expect(section(page, name).getByRole('heading', { level: 2 })).toBeVisible();
  }
  // The showcase account's overdue client action is listed, with its date in words.
  await expect(lines(page, /^Action items due/).first()).toContainText(/Overdue since|Due /);
  await shot(page, 'today-light');
  expect(await axeViolations(page)).toEqual([]);

  // The whole team: more accounts, at least as many breached incidents.
  const mineBreached = await breached.count();
  await page.getByRole('radio', { name: 'Whole team' }).check();
  await expect(page.getByText('12 accounts', { exact: true })).toBeVisible();
  expect(await breached.count()).toBeGreaterThanOrEqual(mineBreached);
  await page.getByRole('radio', { name: 'My accounts' }).check();
  await expect(page.getByText(`${mine.length} accounts`, { exact: true })).toBeVisible();

  // One click from the record: the incident page opens on that incident.
  const first = breached.first().getByRole('link');
  const title = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/#\/incidents\/inc-/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title.trim());
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  // The scope chosen is kept across visits.
  await expect(page.getByRole('radio', { name: 'My accounts' })).toBeChecked();

  // An action line opens its meeting.
  await lines(page, /^Action items due/)
    .first()
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/#\/(meetings|accounts)\//);
  expect(errors()).toEqual([]);
});

test('Today is keyboard navigable: Tab reaches the lines, arrows move between them', async ({
  page,
}) => {
  await demoAsCsm(page);
  await gotoScreen(page, '#/today', 'Today');
  const links = page.locator('[data-today-link]');
  await expect(links.first()).toBeVisible();
  const count = await links.count();
  expect(count).toBeGreaterThan(2);
  // Tab from the scope switch goes through the page's links to the first line.
  await page.getByRole('radio', { name: 'My accounts' }).focus();
  for (let i = 0; i < 10; i++) {
    if (await links.first().evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.nth(count - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[?]/g, '\\?')}$`));
});

test('Today without a name shows the team and says how to see your accounts', async ({ page }) => {
  await gotoScreen(page, '#/today', 'Today');
  // Empty workspace: every section says what "nothing" means.
  await expect(page.getByText('None: no running SLA clock has passed its due time.')).toBeVisible();
  await expect(page.getByText(/Set your name in Settings/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'My accounts' })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('Today in dark and in French has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await demoAsCsm(page);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await gotoScreen(page, '#/today', 'Today');
  await expect(page.locator('[data-today-link]').first()).toBeVisible();
  await shot(page, 'today-dark');
  expect(await axeViolations(page)).toEqual([]);
  await gotoScreen(page, '#/settings', 'Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await page.getByRole('radio', { name: 'Clair' }).check();
  await gotoScreen(page, '#/today', 'Aujourd’hui');
  await expect(page.getByRole('region', { name: /^Incidents dépassés/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Mes comptes' })).toBeChecked();
  await expect(page.locator('[data-today-link]').first()).toBeVisible();
  await shot(page, 'today-fr');
  expect(await axeViolations(page)).toEqual([]);
});
