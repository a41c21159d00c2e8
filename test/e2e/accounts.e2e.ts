import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoScreen, watchErrors } from './helpers';

const nameBox = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });

async function loadDemo(page: Page): Promise<void> {
  await gotoScreen(page, '#/accounts', 'Accounts');
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText(/^Demo workspace loaded: 12 accounts/)).toBeVisible();
  await expect(page.getByText('12 of 12 accounts')).toBeVisible();
}

/** Fills the form with a split-shift Mon–Fri week, a holiday, two contacts and two interfaces. */
async function createFullAccount(page: Page, name: string): Promise<void> {
  await gotoScreen(page, '#/accounts/new', 'New account');
  await nameBox(page).fill(name);
  await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'CareFor Enterprise' });
  await page.getByRole('spinbutton', { name: 'Annual SaaS amount' }).fill('2500000');
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Paris');
  await page.getByLabel('Monday, span 1, start').fill('08:00');
  await page.getByLabel('Monday, span 1, end').fill('12:00');
  await page.getByRole('button', { name: 'Add span on Monday' }).click();
  await page.getByLabel('Monday, span 2, start').fill('13:00');
  await page.getByLabel('Monday, span 2, end').fill('17:00');
  await page.getByRole('button', { name: 'Copy Monday to weekdays' }).click();
  await expect(page.getByLabel('Friday, span 2, end')).toHaveValue('17:00');
  await page.getByLabel('Holiday date').fill('2026-12-25');
  await page.getByRole('button', { name: 'Add holiday' }).click();
  await expect(
    page.getByRole('button', { name: /Remove holiday Fri, Dec 25, 2026/ }),
  ).toBeVisible();
  await page.getByLabel('Customer success manager (CSM)').fill('Claire Martin');
  await page.getByLabel('Service delivery manager (SDM)').fill('Tom Baker');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Contact 1: Name').fill('Ingrid Holm');
  await page.getByLabel('Contact 1: email').fill('ingrid@nordhavn.example');
  await page.getByLabel('Contact 1: role').fill('IT director');
  await page.getByRole('group', { name: 'Contact 1' }).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Contact 2: Name').fill('Lars Berg');
  await page.getByRole('button', { name: 'Add interface' }).click();
  await page.getByLabel('Interface 1 name').fill('Payroll export');
  await page.getByRole('checkbox', { name: 'Critical: interface 1' }).check();
  await page.getByRole('button', { name: 'Add interface' }).click();
  await page.getByLabel('Interface 2 name').fill('HR sync');
  await expect(page.getByTestId('interface-usage')).toHaveText(/2 of 8 included/);
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('an account created through the form shows its plan and hours, and survives a reload', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await createFullAccount(page, 'Nordhavn Logistics');
  const check = async () => {
    await expect(page.getByTestId('hours-summary')).toHaveText(
      'Mon–Fri 08:00–12:00, 13:00–17:00, Europe/Paris; 1 holiday',
    );
    await expect(page.getByTestId('entitlements-included')).toContainText(
      'Extension support: 4 incidents per month',
    );
    await expect(page.getByText('Ingrid Holm')).toBeVisible();
    await expect(page.getByText('Key user', { exact: true })).toHaveCount(1);
    await expect(page.getByTestId('interface-usage')).toHaveText('2 of 8 included');
    await expect(page.getByRole('link', { name: 'New incident' })).toHaveAttribute(
      'href',
      /#\/incidents\/new\?account=/,
    );
  };
  await check();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Nordhavn Logistics' })).toBeVisible();
  await check();
  // Editing keeps the split shift.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Wednesday, span 2, start')).toHaveValue('13:00');
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('link', { name: 'Nordhavn Logistics' })).toBeVisible();
  expect(errors()).toEqual([]);
});

test('invalid input is explained next to each field and in a summary, and nothing is stored', async ({
  page,
}) => {
  await gotoScreen(page, '#/accounts/new', 'New account');
  await page.getByLabel('Monday, span 1, end').fill('08:00');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Contact 1: Name').fill('Ingrid Holm');
  await page.getByLabel('Contact 1: email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save account' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'The account was not saved' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Name: Enter the account name.',
    'Annual SaaS amount: Enter the annual amount as a number, such as 500000.',
    'Monday, span 1: end: The span must end after it starts.',
    'Contact 1: email: Enter a valid email address, such as name@example.com.',
  ]);
  await expect(nameBox(page)).toHaveAccessibleDescription('Enter the account name.');
  await expect(page.getByLabel('Monday, span 1, end')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Monday, span 1, end')).toHaveAccessibleDescription(
    'The span must end after it starts.',
  );
  await expect(page.getByLabel('Contact 1: email')).toHaveAccessibleDescription(/valid email/);
  await summary.getByRole('link', { name: /Contact 1: email/ }).click();
  await expect(page.getByLabel('Contact 1: email')).toBeFocused();

  await page.reload();
  await gotoScreen(page, '#/accounts', 'Accounts');
  await expect(page.getByRole('heading', { name: 'Welcome to Steward' })).toBeVisible();
});

test('the form suggests the CareFor tier from the amount and applies it in one click', async ({
  page,
}) => {
  await gotoScreen(page, '#/accounts/new', 'New account');
  const amount = page.getByRole('spinbutton', { name: 'Annual SaaS amount' });
  await amount.fill('900000');
  await expect(page.getByTestId('tier-suggestion')).toContainText(
    'reaches the CareFor Business Plus threshold (750,000)',
  );
  await page.getByRole('button', { name: 'Use CareFor Business Plus' }).click();
  await expect(page.getByLabel('Plan', { exact: true })).toHaveValue('carefor-business-plus');
  await expect(page.getByTestId('tier-suggestion')).toContainText(
    'The plan matches the suggestion.',
  );
  await amount.fill('100000');
  await expect(page.getByTestId('tier-suggestion')).toContainText('no CareFor tier suggested');
  // Cancel with changes asks first; dismissing keeps the form.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New account' })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
});

async function createQuickAccount(page: Page, name: string): Promise<void> {
  await gotoScreen(page, '#/accounts/new', 'New account');
  await nameBox(page).fill(name);
  await page.getByRole('spinbutton', { name: 'Annual SaaS amount' }).fill('300000');
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('deleting an account offers Undo, which restores it', async ({ page }) => {
  await createQuickAccount(page, 'Brightwater Health');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Brightwater Health' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Brightwater Health' })).toBeVisible();
});

test('a deleted account waits in the Trash: Restore brings it back, Delete forever removes it', async ({
  page,
}) => {
  await createQuickAccount(page, 'Harlow & Finch Retail');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  // Deleting returns to the list; wait for it before leaving, or that navigation lands later.
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  const row = page.getByRole('row', { name: /Harlow & Finch Retail/ });
  await expect(row).toContainText('Account');
  await row.getByRole('button', { name: 'Restore “Harlow & Finch Retail”' }).click();
  await expect(page.getByRole('heading', { name: 'The Trash is empty' })).toBeVisible();
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Harlow & Finch Retail' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: 'Delete forever “Harlow & Finch Retail”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete forever?' });
  await dialog.getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByRole('heading', { name: 'The Trash is empty' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The Trash is empty' })).toBeVisible();
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Steward' })).toBeVisible();
});

test('the demo workspace loads, and filters and search narrow the list', async ({ page }) => {
  const errors = watchErrors(page);
  await loadDemo(page);
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(12);

  await page.getByLabel('Plan').selectOption({ label: 'CareFor Enterprise' });
  const enterprise = await rows.count();
  expect(enterprise).toBeGreaterThan(0);
  expect(enterprise).toBeLessThan(12);
  await expect(rows.filter({ hasNotText: 'CareFor Enterprise' })).toHaveCount(0);
  await expect(page).toHaveURL(/plan=carefor-enterprise/);

  await page.getByLabel('Plan').selectOption({ label: 'All plans' });
  await expect(rows).toHaveCount(12);

  // Breached and at risk are separate filters and badges; a healthy book keeps few of either.
  const atRiskBox = page.getByRole('checkbox', { name: 'With incidents at risk' });
  const breachedBox = page.getByRole('checkbox', { name: 'With breached incidents' });
  await atRiskBox.check();
  await expect(page).toHaveURL(/risk=1/);
  const risky = await rows.count();
  expect(risky).toBeGreaterThan(0);
  expect(risky).toBeLessThan(6);
  await expect(rows.filter({ hasNotText: / at risk/ })).toHaveCount(0);
  await atRiskBox.uncheck();
  await breachedBox.check();
  const breached = await rows.count();
  expect(breached).toBeGreaterThan(0);
  expect(breached).toBeLessThan(6);
  await expect(rows.filter({ hasNotText: / breached/ })).toHaveCount(0);
  await atRiskBox.check(); // both: accounts with either
  expect(await rows.count()).toBeGreaterThanOrEqual(Math.max(risky, breached));
  await breachedBox.uncheck();
  await atRiskBox.uncheck();
  await expect(rows).toHaveCount(12);

  const csm = page.getByLabel('CSM', { exact: true });
  const firstCsm = (await csm.locator('option').nth(1).textContent()) ?? '';
  await csm.selectOption(firstCsm);
  await expect(rows.filter({ hasNotText: firstCsm })).toHaveCount(0);
  await csm.selectOption({ label: 'All CSMs' });

  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('nordhavn');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Nordhavn Logistics');
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('zzz-no-such-account');
  await expect(page.getByText('No account matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(12);

  // Rows are links: keyboard users reach the account page.
  await page.getByRole('link', { name: 'Nordhavn Logistics' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nordhavn Logistics' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /What the plan includes/ })).toBeVisible();
  expect(errors()).toEqual([]);
});

test('the accounts screens speak French', async ({ page }) => {
  await gotoScreen(page, '#/settings', 'Settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await page.getByRole('link', { name: 'Comptes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Comptes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Steward' })).toBeVisible();
  await page.getByRole('button', { name: 'Charger l’espace de démonstration' }).click();
  await expect(page.getByText('12 comptes sur 12')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Incidents ouverts' })).toBeVisible();
  await page.getByRole('link', { name: 'Nordhavn Logistics' }).click();
  await expect(page.getByRole('heading', { name: /Ce que comprend l’offre/ })).toBeVisible();
  await expect(page.getByTestId('hours-summary')).toContainText(/lun\./);
  await page.getByRole('link', { name: 'Modifier' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('');
  await page.getByRole('button', { name: 'Enregistrer le compte' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Le compte n’a pas été enregistré' }),
  ).toContainText('Nom : Saisissez le nom du compte.');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`accounts screens and the Trash have no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await gotoScreen(page, '#/accounts', 'Accounts');
    expect(await axeViolations(page)).toEqual([]);
    await gotoScreen(page, '#/trash', 'Trash');
    expect(await axeViolations(page)).toEqual([]);
    await gotoScreen(page, '#/accounts/new', 'New account');
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: 'Add interface' }).click();
    await page.getByLabel('Monday, span 1, end').fill('08:00');
    await page.getByRole('button', { name: 'Save account' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await loadDemo(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nordhavn Logistics' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nordhavn Logistics' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    // The demo account has records: the confirmation lists what goes with it.
    await page.getByRole('dialog').getByRole('button', { name: 'Move to Trash' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
    await gotoScreen(page, '#/trash', 'Trash');
    await expect(page.getByRole('row', { name: /^Nordhavn Logistics/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
