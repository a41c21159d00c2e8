import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchErrors } from './helpers';
import { seed, seedAccount, seedIncident, type SeedRecord } from './seed';

const DAY = 86_400_000;
const STAMP = '2026-01-05T08:00:00.000Z';

const ACME = seedAccount({
  id: 'acc-acme',
  name: 'Acme Logistics',
  contacts: [
    { id: 'c-ines', name: 'Inès Moreau', role: 'IT director', keyUser: true },
    { id: 'c-paul', name: 'Paul Girard', keyUser: false },
  ],
  extensions: [{ id: 'x1', name: 'Payroll flow' }],
});
const SMALL = seedAccount({ id: 'acc-small', name: 'Boulangerie Petit', plan: 'essential' });

function incidents(): SeedRecord[] {
  const now = Date.now();
  const open = [
    seedIncident({
      id: 'i-report',
      accountId: ACME.id,
      title: 'Report layout broken',
      severity: 2,
      rankKey: 'a2',
    }),
    seedIncident({
      id: 'i-payroll',
      accountId: ACME.id,
      title: 'Payroll export fails',
      severity: 2,
      rankKey: 'a1',
    }),
    seedIncident({
      id: 'i-question',
      accountId: ACME.id,
      title: 'Analytics question',
      severity: 4,
    }),
  ];
  // Five extension incidents this month: one over the Enterprise allowance of four.
  const extension = Array.from({ length: 5 }, (_, i) =>
    seedIncident({
      id: `i-ext-${i}`,
      accountId: ACME.id,
      title: `Extension failure ${i + 1}`,
      category: 'extension',
      extensionId: 'x1',
      status: 'closed',
      reportedAt: new Date(now - (i + 1) * 1000).toISOString(),
    }),
  );
  return [...open, ...extension];
}

const RELEASE: SeedRecord = {
  id: 'rel-apr',
  name: 'April cloud update',
  version: '2026.04',
  releaseDate: '2026-04-10',
  webinarAt: null,
  summary: '',
  changedModules: [],
  notes: '',
  updatedAt: STAMP,
  deletedAt: null,
};
const ASSESSMENT: SeedRecord = {
  id: 'ra-apr',
  releaseId: RELEASE.id,
  accountId: ACME.id,
  affectedModules: [],
  affectedInterfaceIds: [],
  affectedExtensionIds: [],
  impact: 'medium',
  recommendations: '',
  readiness: 'in-progress',
  webinarAttended: false,
  webinarAttendees: [],
  updatedAt: STAMP,
  deletedAt: null,
};

const seedAll = (page: Page) =>
  seed(page, {
    accounts: [ACME, SMALL],
    incidents: incidents(),
    releases: [RELEASE],
    releaseAssessments: [ASSESSMENT],
  });

/** Wall-clock 'YYYY-MM-DDTHH:mm' in Paris (the account's zone). */
function parisInput(t: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(t))
    .replace(' ', 'T');
}
const parisDate = (t: number) => parisInput(t).slice(0, 10);

async function addAction(
  page: Page,
  n: number,
  a: { title: string; owner: string; side: 'vendor' | 'client'; due: string },
) {
  await page.getByRole('button', { name: 'Add an action item' }).click();
  const row = page.getByRole('group', { name: `Action item ${n}` });
  await row.getByRole('textbox', { name: 'Action', exact: true }).fill(a.title);
  await row.getByRole('combobox', { name: 'Owner', exact: true }).fill(a.owner);
  await row.getByLabel('Owner’s side').selectOption(a.side);
  await row.getByLabel('Due date').fill(a.due);
}

async function newMeeting(page: Page, account: string) {
  await page.goto('#/meetings/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New meeting' })).toBeVisible();
  await page.getByLabel('Account').selectOption({ label: account });
}

test('steering committee from the template; the overdue client action tops the Actions view', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await seedAll(page);
  await page.goto('#/meetings');
  await expect(page.getByRole('heading', { level: 2, name: 'No meetings yet' })).toBeVisible();
  await page.getByRole('link', { name: 'New meeting' }).first().click();
  await page.getByLabel('Account').selectOption({ label: 'Acme Logistics' });
  await page.getByRole('button', { name: 'Prepare from template' }).click();
  await expect(page.getByRole('main').getByRole('status').first()).toHaveText(
    /prepared from the account/,
  );
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    /^Steering committee — /,
  );
  const notes = page.getByLabel('Notes', { exact: true });
  await expect(notes).toHaveValue(
    /Extension incidents this month \(\d{4}-\d{2}\): 5 of 4 — \*\*1 needs a work order\*\*/,
  );
  await expect(notes).toHaveValue(
    /1\. \*\*Sev 2\*\* — Payroll export fails[\s\S]*2\. \*\*Sev 2\*\* — Report layout broken[\s\S]*3\. \*\*Sev 4\*\* — Analytics question/,
  );
  await expect(notes).toHaveValue(/April cloud update \(2026\.04\): in progress — impact medium/);
  await expect(page.getByLabel('Agenda')).toHaveValue(/Quota status/);

  const start = Date.now() - 7 * DAY;
  await page.getByLabel('Starts').fill(parisInput(start));
  await page.getByLabel('Ends').fill(parisInput(start + 3_600_000));
  await page
    .getByLabel('Add a client contact')
    .selectOption({ label: 'Inès Moreau — IT director' });
  await page.getByRole('button', { name: 'Add a client contact' }).click();
  await page.getByRole('button', { name: 'Add someone else' }).click();
  await page.getByLabel('Name of attendee 2').fill('Tom Baker');
  await page.getByLabel('Decisions').fill('Work the payroll export first');
  await addAction(page, 1, {
    title: 'Validate the April release in test',
    owner: 'Paul Girard',
    side: 'client',
    due: parisDate(Date.now() + 10 * DAY),
  });
  await addAction(page, 2, {
    title: 'Send the payroll test file',
    owner: 'Inès Moreau',
    side: 'client',
    due: parisDate(Date.now() - 2 * DAY),
  });
  await addAction(page, 3, {
    title: 'Order the extension work order',
    owner: 'Tom Baker',
    side: 'vendor',
    due: parisDate(Date.now() + 3 * DAY),
  });
  await page.getByRole('button', { name: 'Save meeting' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: /^Steering committee — / }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Action items' })).toBeVisible();
  await expect(page.getByText('Work the payroll export first')).toBeVisible();
  // Notes render as Markdown: the work-order flag is bold.
  await expect(page.locator('.markdown strong', { hasText: '1 needs a work order' })).toBeVisible();
  await page.getByLabel('Status of “Order the extension work order”').selectOption('done');
  await expect(page.getByText('“Order the extension work order” is now Done.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Actions' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
  const rows = page.locator('table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Send the payroll test file');
  await expect(rows.first()).toContainText('Overdue since');
  await expect(rows.first()).toContainText('Inès Moreau (Client)');
  await page.getByLabel('Status', { exact: true }).selectOption('all');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('Send the payroll test file');
  await page.getByLabel('Owner').selectOption('Paul Girard');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Validate the April release in test');
  expect(errors()).toEqual([]);
});

test('Markdown notes render bold and lists; script and img onerror stay inert text', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await seedAll(page);
  await newMeeting(page, 'Acme Logistics');
  await page.getByLabel('Kind').selectOption('planning-session');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Q2 planning');
  await page.getByLabel('Starts').fill('2026-05-04T10:00');
  await page
    .getByLabel('Notes', { exact: true })
    .fill(
      '**Go-live confirmed**\n\n- first\n- second\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">',
    );
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Q2 planning' })).toBeVisible();
  const notes = page.locator('.markdown');
  await expect(notes.locator('strong')).toHaveText('Go-live confirmed');
  await expect(notes.locator('li')).toHaveText(['first', 'second']);
  await expect(notes).toContainText('<script>window.__pwned = 1</script>');
  await expect(notes).toContainText('onerror=');
  await expect(notes.locator('script, img')).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  // The account's clock: 10:00 in Paris.
  await expect(page.locator('.meeting-detail__meta time')).toContainText('10:00');
  expect(errors()).toEqual([]);
});

test('invalid input shows messages next to the fields and stores nothing', async ({ page }) => {
  await seedAll(page);
  await newMeeting(page, 'Acme Logistics');
  await page.getByLabel('Starts').fill('2026-05-04T10:00');
  await page.getByLabel('Ends').fill('2026-05-04T09:00');
  await page.getByRole('button', { name: 'Add an action item' }).click();
  await page.getByRole('button', { name: 'Save meeting' }).click();
  await expect(page.getByText('Some fields need attention: nothing was saved.')).toBeVisible();
  await expect(page.getByText('Enter a title.')).toBeVisible();
  await expect(page.getByText('The meeting must end after it starts.')).toBeVisible();
  await expect(page.getByText('Describe the action or remove it.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.goto('#/meetings');
  await expect(page.getByRole('heading', { level: 2, name: 'No meetings yet' })).toBeVisible();
  await page.goto('#/actions');
  await expect(page.getByRole('heading', { level: 2, name: 'No action items' })).toBeVisible();
});

test('roles matrix: contracting an option moves it to the vendor; print hides the controls', async ({
  page,
}) => {
  await seedAll(page);
  await page.goto(`#/accounts/${ACME.id}/roles`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Roles and responsibilities — Acme Logistics' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: /Set up printers and scanners/ });
  await expect(row).toContainText('Client');
  await row.getByRole('checkbox').check();
  await expect(row).toContainText('Vendor (managed services)');
  // Reload only once the write is confirmed.
  await expect(page.getByText('Managed services updated.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('row', { name: /Set up printers and scanners/ })).toContainText(
    'Vendor (managed services)',
  );
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('row', { name: /Set up printers and scanners/ })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`meeting screens have no axe violations, in French too (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await seedAll(page);
    await newMeeting(page, 'Acme Logistics');
    await page.getByRole('button', { name: 'Prepare from template' }).click();
    await page.getByLabel('Starts').fill(parisInput(Date.now() + 2 * DAY));
    await page.getByRole('button', { name: 'Add someone else' }).click();
    await page.getByLabel('Name of attendee 1').fill('Tom Baker');
    await addAction(page, 1, {
      title: 'Share the plan',
      owner: 'Paul Girard',
      side: 'client',
      due: parisDate(Date.now() - DAY),
    });
    expect(await axeViolations(page), `form ${scheme}`).toEqual([]);
    await page.getByRole('button', { name: 'Save meeting' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Action items' })).toBeVisible();
    expect(await axeViolations(page), `detail ${scheme}`).toEqual([]);
    for (const [path, heading] of [
      ['#/meetings', 'Meetings'],
      ['#/actions', 'Actions'],
      [`#/accounts/${ACME.id}/roles`, 'Roles and responsibilities — Acme Logistics'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.locator('table').first()).toBeVisible();
      expect(await axeViolations(page), `${path} ${scheme}`).toEqual([]);
    }

    await page.goto('#/settings');
    await page.getByRole('radio', { name: 'Français' }).check();
    await page.goto('#/meetings');
    await expect(page.getByRole('heading', { level: 1, name: 'Réunions' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'À venir' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Comité de pilotage' })).toBeVisible();
    expect(await axeViolations(page), `meetings fr ${scheme}`).toEqual([]);
    await page.goto('#/actions');
    await expect(page.getByRole('heading', { level: 1, name: 'Actions' })).toBeVisible();
    await expect(page.locator('table tbody tr').first()).toContainText('En retard depuis le');
    expect(await axeViolations(page), `actions fr ${scheme}`).toEqual([]);
    await page.goto('#/meetings/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle réunion' })).toBeVisible();
    await page.getByLabel('Compte').selectOption({ label: 'Acme Logistics' });
    await page.getByRole('button', { name: 'Préparer à partir du modèle' }).click();
    await expect(page.getByLabel('Notes', { exact: true })).toHaveValue(
      /5 sur 4 — \*\*1 nécessite un ordre de travail\*\*/,
    );
    await page.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await expect(page.getByText('Indiquez le début de la réunion.')).toBeVisible();
    expect(await axeViolations(page), `form fr ${scheme}`).toEqual([]);
    await page.goto(`#/accounts/${ACME.id}/roles`);
    await expect(
      page.getByRole('heading', { level: 1, name: /Rôles et responsabilités/ }),
    ).toBeVisible();
    await expect(page.getByText('Gestion de la sécurité')).toBeVisible();
    expect(await axeViolations(page), `roles fr ${scheme}`).toEqual([]);
  });
}
