import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchErrors } from './helpers';
import { seed, seedAccount, seedIncident } from './seed';

const interfaces = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `if-${i + 1}`, name: `Interface ${i + 1}` }));

/**
 * The first of the month three months back, two years ago: the current subscription period then
 * began three to four months before the run, so the events dated in the last month below fall in
 * it on any day of the year (with a fixed anniversary they fell in the previous period in March).
 */
function subscriptionStart(now: number): string {
  const d = new Date(now - 90 * 86_400_000);
  return `${String(d.getUTCFullYear() - 2)}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

const BP = seedAccount({
  id: 'acc-bp',
  name: 'Atelier Lumière',
  plan: 'carefor-business-plus',
  subscriptionStart: subscriptionStart(Date.now()),
  monitoredInterfaces: interfaces(6),
});
/** First local day of BP's current subscription year (it started on the 1st of a month). */
const BP_YEAR_START = (() => {
  const start = String(BP.subscriptionStart);
  const now = new Date();
  const year = now.getUTCFullYear() - (now.toISOString().slice(5, 10) < start.slice(5) ? 1 : 0);
  return `${String(year)}${start.slice(4)}`;
})();
const ENT = seedAccount({ id: 'acc-ent', name: 'Nordic Freight', plan: 'carefor-enterprise' });
const ESS = seedAccount({ id: 'acc-ess', name: 'Boulangerie Petit', plan: 'essential' });

/** Wall-clock 'YYYY-MM-DDTHH:mm' of an instant in Paris (the accounts' zone). */
function parisInput(t: number): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(t));
  return parts.replace(' ', 'T');
}

async function openAccountQuotas(page: Page, name: string) {
  await page.goto('#/quotas');
  await page
    .getByRole('link', { name: `Quotas of ${name}` })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: `Quotas: ${name}` })).toBeVisible();
}

test('a 7th interface on Business Plus warns first, then records the work order', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await seed(page, { accounts: [BP, ENT, ESS] });
  await openAccountQuotas(page, 'Atelier Lumière');
  const card = page.getByRole('listitem', { name: 'Monitored interfaces' });
  await expect(card).toContainText('6 of 6');
  await expect(card).toContainText('Allowance used up');

  await page.getByRole('button', { name: 'Add monitored interface' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add monitored interface' });
  await dialog.getByLabel('Interface name').fill('Interface 7');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  // The warning comes before anything is stored.
  await expect(dialog.getByText(/monitored interface 7 of 6 included/)).toBeVisible();
  await expect(card).toContainText('6 of 6');
  await dialog.getByLabel('Work order number').fill('WO-2026-007');
  await dialog.getByLabel('Status').selectOption('signed');
  await dialog.getByRole('button', { name: 'Save with the work order' }).click();
  await expect(dialog).toBeHidden();

  // The signed order covers the overage it was recorded for: nothing more to order.
  await expect(card).toContainText('7 of 6');
  await expect(card).toContainText('Over by 1: covered by work order WO-2026-007, signed');
  await expect(card).not.toContainText('needs');
  await expect(card.getByRole('button', { name: 'Record a work order' })).toHaveCount(0);
  const orders = page.getByRole('group', { name: 'Work orders' });
  await expect(orders.getByRole('row', { name: /WO-2026-007/ })).toContainText('Signed');
  await expect(page.getByRole('group', { name: 'Monitored interfaces' })).toContainText(
    'Interface 7',
  );

  // The dashboard: the fullest allowance first, covered, and no line needs a work order.
  await page.getByRole('link', { name: 'Back to the quota dashboard' }).click();
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow).toContainText('Atelier Lumière');
  await expect(firstRow).toContainText('Over by 1: covered by work order WO-2026-007, signed');
  const summary = page.getByRole('status').filter({ hasText: 'quota lines' });
  await expect(summary).toHaveText('0 of 6 quota lines need a work order');
  await page.getByLabel('Only those needing a work order').check();
  await expect(page.getByText('No quota matches these filters.')).toBeVisible();
  expect(errors()).toEqual([]);
});

test('an overage needs a work order until one is signed, and none is proposed twice', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await seed(page, { accounts: [{ ...BP, monitoredInterfaces: interfaces(7) }, ENT, ESS] });
  await page.goto('#/quotas');
  const bpRow = page.getByRole('row', { name: /Atelier Lumière/ }).filter({
    hasText: 'Monitored interfaces',
  });
  await expect(bpRow).toContainText('Over by 1: needs a professional-services work order');
  const summary = page.getByRole('status').filter({ hasText: 'quota lines' });
  await expect(summary).toHaveText('1 of 6 quota lines need a work order');

  await openAccountQuotas(page, 'Atelier Lumière');
  const card = page.getByRole('listitem', { name: 'Monitored interfaces' });
  await expect(card).toContainText('Over by 1: needs a professional-services work order');
  await card.getByRole('button', { name: 'Record a work order' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a work order' });
  // Proposed for the overage: its quota, the current subscription year, the quantity over.
  await expect(dialog.getByLabel('Reason')).toHaveValue('monitored-interface');
  await expect(dialog.getByLabel('Quantity')).toHaveValue('1');
  await expect(dialog.getByLabel('Period covered')).toHaveValue(BP_YEAR_START);
  await dialog.getByLabel('Work order number').fill('WO-2026-011');
  await expect(dialog.getByLabel('Status')).toHaveValue('requested');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Requested: no longer "needs", and no second order is proposed.
  await expect(card).toContainText('Over by 1: work order requested');
  await expect(card.getByRole('button', { name: 'Record a work order' })).toHaveCount(0);

  // Signed: the overage status clears.
  const orders = page.getByRole('group', { name: 'Work orders' });
  await orders.getByRole('button', { name: 'Edit WO-2026-011' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit work order' });
  await edit.getByLabel('Status').selectOption('signed');
  await edit.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(edit).toBeHidden();
  await expect(card).toContainText('Over by 1: covered by work order WO-2026-011, signed');
  await expect(orders.getByRole('row')).toHaveCount(2);

  // An 8th interface goes beyond what the order covers: a new order, for the remainder only.
  await page.getByRole('button', { name: 'Add monitored interface' }).click();
  const add = page.getByRole('dialog', { name: 'Add monitored interface' });
  await add.getByLabel('Interface name').fill('Interface 8');
  await add.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    add.getByText(
      /Work orders already cover 1 of this overage; the new one covers the remaining 1/,
    ),
  ).toBeVisible();
  await add.getByRole('button', { name: 'Save with the work order' }).click();
  await expect(add).toBeHidden();
  await expect(card).toContainText('8 of 6');
  await expect(card).toContainText('Over by 2: work order requested');
  await expect(orders.getByRole('row')).toHaveCount(3);

  await page.getByRole('link', { name: 'Back to the quota dashboard' }).click();
  await expect(bpRow).toContainText('Over by 2: work order requested');
  await expect(summary).toHaveText('0 of 6 quota lines need a work order');
  expect(errors()).toEqual([]);
});

test('a second special event on Business Plus warns before saving; it then drives 24x7 SLA', async ({
  page,
}) => {
  // An off-hours incident last Saturday, 21:00 in Paris.
  const d = new Date(Date.now() - 7 * 86_400_000);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 1) % 7));
  d.setUTCHours(20, 0, 0, 0);
  const reportedAt = d.getTime();
  const thisYear = new Date(Date.now() - 30 * 86_400_000).toISOString();
  await seed(page, {
    accounts: [BP],
    specialEvents: [
      {
        id: 'ev-old',
        accountId: 'acc-bp',
        title: 'DR test',
        kind: 'disaster-recovery-test',
        start: thisYear.slice(0, 10) + 'T06:00:00.000Z',
        end: thisYear.slice(0, 10) + 'T10:00:00.000Z',
        workOrderId: null,
        notes: '',
        updatedAt: thisYear,
        deletedAt: null,
      },
    ],
    incidents: [
      seedIncident({
        id: 'inc-weekend',
        accountId: 'acc-bp',
        title: 'Payroll export stuck',
        reportedAt: new Date(reportedAt).toISOString(),
      }),
    ],
  });
  await openAccountQuotas(page, 'Atelier Lumière');
  await expect(page.getByRole('listitem', { name: 'Special events' })).toContainText('1 of 1');

  await page.getByRole('button', { name: 'Add special event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add special event' });
  const save = dialog.getByRole('button', { name: 'Save', exact: true });
  await save.click();
  await expect(dialog.getByText('Required.')).toHaveCount(3);
  await dialog.getByLabel('Title').fill('Payroll go-live');
  await dialog.getByLabel('Start (Europe/Paris)').fill(parisInput(reportedAt - 3 * 3_600_000));
  await dialog.getByLabel('End (Europe/Paris)').fill(parisInput(reportedAt - 4 * 3_600_000));
  await save.click();
  await expect(dialog.getByText('The end must be after the start.')).toBeVisible();
  await dialog.getByLabel('End (Europe/Paris)').fill(parisInput(reportedAt + 6 * 3_600_000));
  await save.click();
  // The allowance warning comes before anything is stored.
  await expect(dialog.getByText(/This would be special event 2 of 1 included/)).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeDisabled();
  await dialog.getByRole('button', { name: 'Go back' }).click();
  const rows = page.getByRole('group', { name: 'Special events' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await save.click();
  await dialog.getByLabel('Record the work order now').uncheck();
  await dialog.getByRole('button', { name: 'Save and flag the overage' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole('listitem', { name: 'Special events' });
  await expect(card).toContainText('2 of 1');
  await expect(card).toContainText('needs a professional-services work order');
  await expect(rows).toHaveCount(3);

  await page.goto('#/incidents/inc-weekend');
  const why = page.getByRole('region', { name: 'Why this due time' });
  await expect(why).toContainText('During a special event: handled 24x7 inside its window');
  await expect(why).toContainText('Special event “Payroll go-live”');
});

test('invalid time entries show messages and store nothing; hours over 16 warn', async ({
  page,
}) => {
  await seed(page, { accounts: [ENT] });
  await openAccountQuotas(page, 'Nordic Freight');
  await page.getByRole('button', { name: 'Add time entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add time entry' });
  await dialog.getByLabel('Hours').fill('abc');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText('Enter a number of hours greater than 0, e.g. 1.5.')).toBeVisible();
  await expect(dialog.getByLabel('Hours')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No time entries recorded.')).toBeVisible();

  const today = parisInput(Date.now()).slice(0, 10);
  await page.getByRole('button', { name: 'Add time entry' }).click();
  await dialog.getByLabel('Date (Europe/Paris)').fill(today);
  await dialog.getByLabel('Hours').fill('17,5');
  await dialog.getByLabel('Description').fill('Invoice flow redesign');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByText(/17\.5 h of 16 h/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save with the work order' }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole('listitem', { name: 'Extension enhancement hours' });
  await expect(card).toContainText('17.5 h of 16 h');
  await expect(page.getByRole('group', { name: 'Work orders' })).toContainText('1.5');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`quota screens have no axe violations, in French too (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, {
      accounts: [{ ...BP, monitoredInterfaces: interfaces(7) }, ENT, ESS],
    });
    await page.goto('#/quotas');
    await expect(page.getByRole('heading', { level: 1, name: 'Quotas' })).toBeVisible();
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    expect(await axeViolations(page), `dashboard ${scheme}`).toEqual([]);
    await openAccountQuotas(page, 'Nordic Freight');
    expect(await axeViolations(page), `account quotas ${scheme}`).toEqual([]);
    await page.getByRole('button', { name: 'Add special event' }).click();
    expect(await axeViolations(page), `event dialog ${scheme}`).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto('#/settings');
    await page.getByRole('radio', { name: 'Français' }).check();
    await page.goto('#/quotas');
    await expect(page.getByRole('heading', { level: 1, name: 'Quotas' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      '1 lignes de quota sur 6 nécessitent un ordre de travail',
    );
    await expect(page.getByRole('cell', { name: 'Interfaces surveillées' }).first()).toBeVisible();
    expect(await axeViolations(page), `dashboard fr ${scheme}`).toEqual([]);
  });
}
