import { expect, test, type Page } from '@playwright/test';
import { accountSchema } from '../../shared/schemas/account';
import { axeViolations, watchErrors } from './helpers';
import { seed, seedAccount, seedIncident } from './seed';

// The user sits in New York; the client's clock runs in Paris: both times must show.
test.use({ timezoneId: 'America/New_York' });

/** Tuesday 10 March 2026, 10:00 in Paris: inside the account's business hours. */
const NOW = new Date('2026-03-10T09:00:00.000Z');

/** Accounts through the test-only seed (validated by the shared schema first). */
async function seedAccounts(page: Page): Promise<void> {
  const enterprise = seedAccount({
    id: 'acc-nordhavn',
    name: 'Nordhavn Logistics',
    monitoredInterfaces: [{ id: 'if-payroll', name: 'Payroll export' }],
  });
  const premium = seedAccount({ id: 'acc-lumen', name: 'Lumen Retail', plan: 'premium' });
  for (const account of [enterprise, premium]) accountSchema.parse(account);
  await seed(page, { accounts: [enterprise, premium] });
}

async function createIncident(page: Page, title: string, severity: RegExp): Promise<void> {
  await page.goto('#/incidents/new?account=acc-nordhavn');
  await expect(page.getByRole('heading', { level: 1, name: 'New incident' })).toBeVisible();
  await expect(page.getByLabel('Account')).toHaveValue('acc-nordhavn');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('radio', { name: severity }).check();
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function setStatus(page: Page, status: string): Promise<void> {
  await page.getByLabel('New status').selectOption({ label: status });
  await page.getByRole('button', { name: 'Set status' }).click();
}

async function storedIncidents(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('steward');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const count = open.result.transaction('incidents').objectStore('incidents').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
      }),
  );
}

test('an incident’s SLA counts down in the account zone, pauses while waiting on the client, and keeps its history', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.clock.install({ time: NOW });
  await seedAccounts(page);
  await page.goto('#/incidents/new?account=acc-nordhavn');
  const reported = page.getByLabel('Reported');
  await expect(reported).toHaveValue('2026-03-10T10:00');
  await expect(
    page.getByText('In Europe/Paris (UTC+01:00), the account’s time zone.'),
  ).toBeVisible();
  await createIncident(page, 'Payroll export fails', /^3 · Moderate/);

  // Severity 3 on Enterprise runs on business hours (Mon–Fri 09–18): 8 h from Tue 10:00.
  const sla = page.getByRole('region', { name: 'Service level', exact: true });
  await expect(sla).toContainText('Due: Mar 10, 2026, 6:00 PM (Europe/Paris)');
  await expect(sla).toContainText('Your time: Mar 10, 2026, 1:00 PM (America/New_York)');
  const timer = page.getByRole('timer', { name: 'Resolution: time left' });
  const first = await timer.textContent();
  await expect(timer).not.toHaveText(first ?? '');

  await setStatus(page, 'Waiting on client');
  await expect(sla).toContainText('Paused: waiting on the client');
  // Leaving "new" was the first response: that clock is met.
  await expect(sla).toContainText('Met at Mar 10, 2026');
  await page.waitForTimeout(1500);
  const paused = (await timer.textContent()) ?? '';
  await page.waitForTimeout(2500);
  await expect(timer).toHaveText(paused);
  await page.clock.fastForward('02:00:00');
  await expect(timer).toHaveText(paused);
  const why = page.getByRole('region', { name: 'Why this due time' });
  await expect(why).toContainText('2 h 00 min paused while waiting on the client.');
  await expect(why).toContainText(
    'the account’s business hours in Europe/Paris: Mon–Fri 09:00–18:00',
  );

  await setStatus(page, 'In progress');
  await expect(sla).toContainText('Running');
  await expect(timer).not.toHaveText(paused);

  await page.getByLabel('New severity').selectOption({ label: '2 · Major' });
  await page.getByRole('button', { name: 'Set severity' }).click();
  await page
    .getByRole('dialog', { name: 'Raise to severity 2?' })
    .getByRole('button', { name: 'Raise to severity 2' })
    .click();
  const history = page.getByRole('region', { name: 'History' });
  const severityRow = history.getByRole('row', { name: /Severity: 3 · Moderate → 2 · Major/ });
  await expect(severityRow).toContainText(/Mar 10, 2026, 12:0\d PM/);
  await expect(severityRow).toContainText('Me');
  await expect(history).toContainText('Status: New → Waiting on client');
  await expect(history).toContainText('Status: Waiting on client → In progress');
  await expect(history.getByRole('columnheader', { name: 'When (Europe/Paris)' })).toBeVisible();

  // Enterprise includes live incident assessment.
  await page.getByRole('button', { name: 'Log live assessment' }).click();
  await page.getByRole('radio', { name: 'Screen share' }).check();
  await page.getByLabel('Notes').fill('Reproduced with the client’s payroll admin.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('region', { name: 'Live incident assessment' })).toContainText(
    /Screen share, Mar 10, 2026, 12:0\d PM \(Europe\/Paris\), by Me/,
  );
  expect(errors()).toEqual([]);
});

test('lowering a breached severity-1 incident asks first, then keeps the breach and shows both segments', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.clock.install({ time: new Date('2026-03-10T08:30:00.000Z') }); // 09:30 in Paris
  await seedAccounts(page);
  // Reported at 08:00 in Paris as severity 1 and never answered: the 1 h response was due at 09:00.
  const reportedAt = '2026-03-10T07:00:00.000Z';
  await seed(page, {
    incidents: [
      seedIncident({
        id: 'inc-sso',
        accountId: 'acc-nordhavn',
        title: 'Single sign-on down',
        severity: 1,
        reportedAt,
        statusHistory: [{ at: reportedAt, by: 'Me', from: null, to: 'new' }],
      }),
    ],
  });
  await page.goto('#/incidents/inc-sso');
  const sla = page.getByRole('region', { name: 'Service level', exact: true });
  await expect(sla).toContainText('Breached since Mar 10, 2026, 9:00 AM (Europe/Paris)');

  await page.getByLabel('New severity').selectOption({ label: '3 · Moderate' });
  const setSeverity = page.getByRole('button', { name: 'Set severity' });
  await setSeverity.click();
  const dialog = page.getByRole('dialog', { name: 'Lower to severity 3?' });
  await expect(dialog).toContainText('The severity-1 clocks stop now:');
  await expect(dialog).toContainText('Response: the breach stays in the record');
  // 8 working hours from Tue 09:30 on Mon–Fri 09:00–18:00.
  await expect(dialog).toContainText(/Response due Tue, Mar 10, 5:30\sPM \(Europe\/Paris\)/);
  expect(await axeViolations(page), 'severity dialog').toEqual([]);
  const shots = process.env.STEWARD_E2E_OUT;
  if (shots) await page.screenshot({ path: `${shots}/incident-severity-dialog.png` });
  // Escape cancels: nothing changes.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).not.toContainText('Severity:');
  await expect(page.getByLabel('New severity')).toHaveValue('1');

  // Confirmed from the keyboard this time.
  await page.getByLabel('New severity').selectOption({ label: '3 · Moderate' });
  await setSeverity.focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Lower to severity 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(history).toContainText('Severity: 1 · Critical → 3 · Moderate');

  await expect(sla).toContainText(
    /Breached earlier: response under severity 1, since Tue, Mar 10, 9:00\sAM \(Europe\/Paris\)/,
  );
  const why = page.getByRole('region', { name: 'Why this due time' });
  const segments = why.getByRole('list', { name: 'Why this due time' }).getByRole('heading');
  await expect(segments).toHaveCount(2);
  await expect(segments.nth(0)).toHaveText(
    /^Severity 1 · Critical: Tue, Mar 10, 8:00\sAM to Tue, Mar 10, 9:30\sAM$/,
  );
  await expect(segments.nth(1)).toHaveText(
    /^Severity 3 · Moderate: since Tue, Mar 10, 9:30\sAM \(current\)$/,
  );
  await expect(why).toContainText(
    /Response: breached since Tue, Mar 10, 9:00\sAM; ended by the severity change\./,
  );
  expect(await axeViolations(page), 'timeline').toEqual([]);
  expect(errors()).toEqual([]);
  if (shots) {
    // Screens for review: tall enough to show the whole page, in English and in French.
    await page.setViewportSize({ width: 1280, height: 2000 });
    await page.screenshot({ path: `${shots}/incident-timeline-en.png` });
    await page.goto('#/settings');
    await page.getByRole('radio', { name: 'Français' }).check();
    await page.goto('#/incidents/inc-sso');
    await expect(page.getByRole('region', { name: 'Pourquoi cette échéance' })).toContainText(
      'Gravité 3 · Modérée',
    );
    await page.screenshot({ path: `${shots}/incident-timeline-fr.png` });
  }
});

test('an invalid incident shows what to fix and stores nothing', async ({ page }) => {
  await seedAccounts(page);
  await page.goto('#/incidents/new?account=acc-nordhavn');
  await page.getByLabel('Category').selectOption({ label: 'Interface' });
  await expect(page.getByRole('combobox', { name: 'Interface', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Create incident' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The incident was not saved. Problems to fix: 2.');
  await expect(summary).toBeFocused();
  await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Title')).toHaveAccessibleDescription('Give the incident a title.');
  await expect(
    page.getByRole('combobox', { name: 'Interface', exact: true }),
  ).toHaveAccessibleDescription('Choose the interface this incident is about.');
  expect(await storedIncidents(page)).toBe(0);
  await expect(page).toHaveURL(/#\/incidents\/new/);

  // Fixing both saves it, with the interface named (never its id).
  await page.getByLabel('Title').fill('Payroll export stuck');
  await page
    .getByRole('combobox', { name: 'Interface', exact: true })
    .selectOption({ label: 'Payroll export' });
  await page.getByRole('button', { name: 'Create incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payroll export stuck' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Payroll export');
  expect(await storedIncidents(page)).toBe(1);
});

test('the incident screens speak French', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await seedAccounts(page);
  await page.goto('#/settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await page.goto('#/incidents/new?account=acc-lumen');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvel incident' })).toBeVisible();
  await page.getByLabel('Titre').fill('Rapport de ventes vide');
  await expect(page.getByRole('radio', { name: /^1 · Critique/ })).toBeVisible();
  await page.getByRole('radio', { name: /^2 · Majeure/ }).check();
  await page.getByRole('button', { name: 'Créer l’incident' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rapport de ventes vide' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Niveau de service', exact: true })).toContainText(
    'Réponse',
  );
  await expect(page.getByRole('region', { name: 'Pourquoi cette échéance' })).toContainText(
    'heures ouvrables du compte à Europe/Paris',
  );
  await expect(page.getByRole('region', { name: 'Historique' })).toContainText(
    'Créé avec le statut « Nouveau »',
  );
  // Premium does not include live assessment, and says so.
  await expect(page.getByText('Premium n’inclut pas l’évaluation en direct')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the incident form and detail (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedAccounts(page);
    await page.goto('#/incidents/new?account=acc-nordhavn');
    await page.getByLabel('Category').selectOption({ label: 'Interface' });
    await page.getByRole('button', { name: 'Create incident' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page), `form in ${scheme}`).toEqual([]);
    await page.getByLabel('Category').selectOption({ label: 'Application' });
    await createIncident(page, 'Invoices not sent', /^1 · Critical/);
    await page.getByRole('button', { name: 'Log live assessment' }).click();
    expect(await axeViolations(page), `detail in ${scheme}`).toEqual([]);
  });
}
