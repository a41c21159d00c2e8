import { expect, test, type Page } from '@playwright/test';
import { axeViolations, gotoScreen, watchErrors } from './helpers';

const ACCOUNT = 'Brightwater Health';
const INCIDENTS = ['Payroll export fails', 'Login page times out'];

async function createAccount(page: Page): Promise<void> {
  await gotoScreen(page, '#/accounts/new', 'New account');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(ACCOUNT);
  await page.getByRole('spinbutton', { name: 'Annual SaaS amount' }).fill('300000');
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: ACCOUNT })).toBeVisible();
}

/** From the account page, through its "New incident" button; returns to the account page. */
async function createIncident(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: 'New incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New incident' })).toBeVisible();
  await page.getByLabel('Title').fill(title);
  await page.getByRole('radio', { name: /^3 · Moderate/ }).check();
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('link', { name: ACCOUNT }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: ACCOUNT })).toBeVisible();
}

async function accountWithIncidents(page: Page, titles: readonly string[] = INCIDENTS) {
  await createAccount(page);
  for (const title of titles) await createIncident(page, title);
}

const queued = (page: Page, title: string) =>
  page
    .getByRole('listbox', { name: 'Open incidents by priority' })
    .getByRole('option', { name: new RegExp(title) });

async function expectInQueue(page: Page, titles: readonly string[]): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Queue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Queue' })).toBeVisible();
  for (const title of titles) await expect(queued(page, title)).toBeVisible();
}

/** Opens the confirmation on the account page; it lists what goes with the account. */
async function askToDelete(page: Page) {
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete “${ACCOUNT}”?` });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function confirmDelete(page: Page): Promise<void> {
  const dialog = await askToDelete(page);
  await expect(dialog.getByTestId('delete-counts')).toHaveText('2 incidents');
  await dialog.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
}

test('deleting an account takes its incidents out of the queue; Undo brings all back', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await accountWithIncidents(page);
  await expectInQueue(page, INCIDENTS);
  await page.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: ACCOUNT }).click();

  await confirmDelete(page);
  await expect(page.getByText(`“${ACCOUNT}” and 2 of its items moved to the Trash.`)).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Queue' }).click();
  await expect(page.getByRole('heading', { name: 'The queue is empty' })).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByText(`“${ACCOUNT}” restored, with the 2 items deleted with it.`),
  ).toBeVisible();
  for (const title of INCIDENTS) await expect(queued(page, title)).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('link', { name: ACCOUNT })).toBeVisible();
  expect(errors()).toEqual([]);
});

test('the Trash lists the incidents with their account; restoring the account brings back only those', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const earlier = 'Report export is slow';
  await accountWithIncidents(page, [...INCIDENTS, earlier]);
  // Deleted on its own first: restoring the account must leave it in the Trash.
  await page.getByRole('link', { name: earlier }).first().click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: ACCOUNT })).toBeVisible();
  await confirmDelete(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  const accountRow = page.getByRole('row', { name: new RegExp(`^${ACCOUNT}`) });
  await expect(accountRow).toContainText('2 items deleted with it');
  for (const title of INCIDENTS) {
    await expect(page.getByRole('row', { name: new RegExp(`^${title}`) })).toContainText(
      `Deleted with ${ACCOUNT}`,
    );
  }
  const earlierRow = page.getByRole('row', { name: new RegExp(`^${earlier}`) });
  await expect(earlierRow).not.toContainText('Deleted with');

  await accountRow.getByRole('button', { name: `Restore “${ACCOUNT}”` }).click();
  await expect(
    page.getByText(`“${ACCOUNT}” restored, with the 2 items deleted with it.`),
  ).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2); // the header and the earlier incident
  await expect(earlierRow).toBeVisible();
  await expectInQueue(page, INCIDENTS);
  await expect(queued(page, earlier)).toHaveCount(0);
  expect(errors()).toEqual([]);
});

test('restoring an incident whose account is in the Trash restores the account too', async ({
  page,
}) => {
  await accountWithIncidents(page);
  await confirmDelete(page);
  await gotoScreen(page, '#/trash', 'Trash');
  const [first, second] = INCIDENTS as [string, string];
  await page.getByRole('button', { name: `Restore “${first}”` }).click();
  await expect(
    page.getByText(`“${first}” restored, and its account “${ACCOUNT}” with it.`),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`^${second}`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`^${ACCOUNT}`) })).toHaveCount(0);
  await expectInQueue(page, [first]);
  await expect(queued(page, second)).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the delete confirmation and the grouped Trash (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await accountWithIncidents(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const dialog = await askToDelete(page);
    await expect(dialog.getByTestId('delete-counts')).toHaveText('2 incidents');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Move to Trash' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
    await gotoScreen(page, '#/trash', 'Trash');
    await expect(page.getByText(`Deleted with ${ACCOUNT}`)).toHaveCount(2);
    expect(await axeViolations(page)).toEqual([]);
  });
}
