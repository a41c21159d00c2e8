import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchErrors } from './helpers';
import { seed, seedAccount } from './seed';

const BP = seedAccount({
  id: 'acc-bp',
  name: 'Atelier Lumière',
  plan: 'carefor-business-plus',
  contacts: [{ id: 'c1', name: 'Inès Roux', keyUser: true }],
  monitoredInterfaces: [
    { id: 'if-pay', name: 'Payroll export' },
    { id: 'if-sso', name: 'SSO gateway' },
  ],
  extensions: [{ id: 'ext-inv', name: 'Invoice approval flow' }],
});
const ENT = seedAccount({ id: 'acc-ent', name: 'Nordic Freight', plan: 'carefor-enterprise' });
const ESS = seedAccount({ id: 'acc-ess', name: 'Boulangerie Petit', plan: 'essential' });

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const NEXT = {
  id: 'rel-next',
  name: 'Next cloud update',
  version: '2027.01',
  releaseDate: inDays(12),
  webinarAt: null,
  summary: '',
  changedModules: ['Payroll', 'Reporting', 'Expenses'],
  notes: '',
  updatedAt: '2026-01-05T08:00:00.000Z',
  deletedAt: null,
};

async function createRelease(page: Page) {
  await page.goto('#/releases');
  await expect(page.getByRole('heading', { level: 2, name: 'No releases yet' })).toBeVisible();
  await page.getByRole('link', { name: 'New release' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New release' })).toBeVisible();
  // Invalid input: messages next to the fields, nothing stored.
  await page.getByLabel('Changed modules').fill('Payroll\npayroll');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was saved');
  await expect(page.getByText('Required.')).toHaveCount(3);
  await expect(page.getByText('Module “payroll” is listed twice.')).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'No releases yet' })).toBeVisible();

  await page.getByRole('link', { name: 'New release' }).click();
  await page.getByLabel('Name').fill('January 2027 update');
  await page.getByLabel('Version').fill('2027.01');
  await page.getByLabel('Release date').fill(inDays(10));
  await page.getByLabel('Summary').fill('Faster payroll runs and new report layouts.');
  await page.getByLabel('Changed modules').fill('Payroll\nReporting\nExpenses');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'January 2027 update (2027.01)' }),
  ).toBeVisible();
}

test('assess a release for an entitled account and see the board update', async ({ page }) => {
  const errors = watchErrors(page);
  await seed(page, { accounts: [BP, ENT, ESS] });
  await createRelease(page);
  await page.getByRole('link', { name: 'Back to the readiness board' }).click();

  const next = page.getByRole('region', { name: /Next release: January 2027 update/ });
  await expect(next).toContainText('0 of 2 entitled accounts ready');
  await expect(next).toContainText('No assessment yet (2)');
  const row = (name: string) => page.getByRole('row', { name: new RegExp(name) });
  await expect(row('Boulangerie Petit')).toContainText('Not included in the plan');
  await expect(row('Atelier Lumière')).toContainText('No assessment');

  await page.getByRole('link', { name: '2027.01, Atelier Lumière: No assessment' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: /Impact of January 2027 update.*Atelier Lumière/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Choose an impact level.')).toBeVisible();
  const group = (name: string) => page.getByRole('group', { name });
  await group('Affected modules').getByRole('checkbox', { name: 'Payroll' }).check();
  await group('Affected interfaces').getByRole('checkbox', { name: 'Payroll export' }).check();
  await group('Affected extensions')
    .getByRole('checkbox', { name: 'Invoice approval flow' })
    .check();
  await page.getByRole('radio', { name: 'High' }).check();
  await page.getByLabel('Recommendations').fill('Re-test the payroll export mapping.');
  await page.getByRole('radio', { name: 'Ready' }).check();
  await page.getByLabel('The client attended the readiness webinar').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Name at least one attendee, or untick “attended”.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Inès Roux' }).check();
  await page.getByLabel('Other attendees').fill('Paul Durand');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Releases' })).toBeVisible();
  await expect(row('Atelier Lumière')).toContainText('Ready');
  await expect(next).toContainText('1 of 2 entitled accounts ready');
  await expect(next).toContainText('No assessment yet (1)');
  await expect(next.getByRole('link', { name: 'Assess Atelier Lumière' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Status counts for 2027.01' })).toContainText(
    '1 Ready',
  );

  // Reopening shows what was stored, attendees by name.
  await page.getByRole('link', { name: '2027.01, Atelier Lumière: Ready' }).click();
  await expect(page.getByRole('radio', { name: 'High' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'SSO gateway' })).not.toBeChecked();
  await expect(page.getByLabel('Other attendees')).toHaveValue('Paul Durand');
  expect(errors()).toEqual([]);
});

test('an Essential account is listed as not included, also on its assessment page', async ({
  page,
}) => {
  await seed(page, { accounts: [BP, ESS], releases: [NEXT] });
  await page.goto('#/releases');
  await expect(page.getByRole('heading', { level: 1, name: 'Releases' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Readiness board' })).toBeVisible();
  const cell = page.getByRole('row', { name: /Boulangerie Petit/ });
  await expect(cell).toContainText('Essential');
  await expect(cell).toContainText('Not included in the plan');
  await expect(cell.getByRole('link', { name: /2027.01/ })).toHaveCount(0);
  await page.goto('#/releases/rel-next/assess/acc-ess');
  await expect(page.getByRole('heading', { level: 1, name: /Boulangerie Petit/ })).toBeVisible();
  await expect(page.getByText(/does not include release impact management/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`release screens have no axe violations, in French too (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seed(page, { accounts: [BP, ENT, ESS], releases: [NEXT] });
    for (const [path, heading] of [
      ['#/releases', 'Releases'],
      ['#/releases/rel-next', 'Next cloud update (2027.01)'],
      ['#/releases/rel-next/assess/acc-bp', /Impact of Next cloud update/],
      ['#/releases/new', 'New release'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      expect(await axeViolations(page), `${path} ${scheme}`).toEqual([]);
    }
    await page.goto('#/settings');
    await page.getByRole('radio', { name: 'Français' }).check();
    await page.goto('#/releases');
    await expect(page.getByRole('heading', { level: 1, name: 'Versions' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Boulangerie Petit/ })).toContainText(
      'Non inclus dans le plan',
    );
    await expect(page.getByText('Pas encore d’évaluation (2)')).toBeVisible();
    expect(await axeViolations(page), `board fr ${scheme}`).toEqual([]);
    await page.goto('#/releases/rel-next/assess/acc-bp');
    await expect(page.getByRole('radio', { name: 'Élevé' })).toBeVisible();
    expect(await axeViolations(page), `assessment fr ${scheme}`).toEqual([]);
  });
}
