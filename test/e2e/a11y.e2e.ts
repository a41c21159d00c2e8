import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './helpers';
import { storedRows } from './seed';

/**
 * Axe (WCAG 2.1 A and AA) on every route of renderer/src/app/router.tsx and every dialog, with the
 * demo workspace loaded, in light and dark. Violations are collected per screen (expect.soft) so a
 * run lists all of them, not only the first.
 */

// A control that cannot be found fails in seconds, not at the end of the long test timeout.
test.use({ actionTimeout: 15_000 });

interface Row {
  id: string;
  accountId?: string;
  releaseId?: string;
  plan?: string;
  status?: string;
}

interface Ids {
  account: string;
  incident: string;
  meeting: string;
  release: string;
  assessed: string;
}

async function loadDemo(page: Page): Promise<Ids> {
  await page.goto('#/accounts');
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText(/^Demo workspace loaded: 12 accounts/)).toBeVisible();
  const [accounts, incidents, meetings, assessments] = await Promise.all(
    ['accounts', 'incidents', 'meetings', 'releaseAssessments'].map((table) =>
      storedRows<Row>(page, table),
    ),
  );
  // An Enterprise account with incidents and meetings: its screens show the most.
  const account = accounts?.find(
    (a) =>
      a.plan === 'carefor-enterprise' &&
      incidents?.some((i) => i.accountId === a.id && i.status !== 'closed') &&
      meetings?.some((m) => m.accountId === a.id),
  );
  const incident = incidents?.find((i) => i.accountId === account?.id && i.status !== 'closed');
  const meeting = meetings?.find((m) => m.accountId === account?.id);
  const assessment = assessments?.[0];
  if (!account || !incident || !meeting || !assessment?.releaseId || !assessment.accountId)
    throw new Error('the demo workspace lacks an account with incidents, meetings or assessments');
  return {
    account: account.id,
    incident: incident.id,
    meeting: meeting.id,
    release: assessment.releaseId,
    assessed: assessment.accountId,
  };
}

/** Waits until the route's heading shows and nothing says Loading…, then runs axe. */
async function check(page: Page, name: string, scope?: Locator): Promise<void> {
  await expect(page.getByText('Loading…', { exact: true })).toHaveCount(0);
  if (scope) await expect(scope).toBeVisible();
  expect.soft(await axeViolations(page, { bestPractice: true }), name).toEqual([]);
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL((url) => url.hash === path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await check(page, path);
}

const screens = (ids: Ids): string[] => [
  '#/today',
  '#/accounts',
  '#/accounts/new',
  `#/accounts/${ids.account}`,
  `#/accounts/${ids.account}/edit`,
  `#/accounts/${ids.account}/roles`,
  '#/incidents/new',
  `#/incidents/${ids.incident}`,
  `#/incidents/${ids.incident}/edit`,
  '#/queue',
  '#/meetings',
  '#/meetings/new',
  `#/meetings/${ids.meeting}`,
  `#/meetings/${ids.meeting}/edit`,
  '#/actions',
  '#/releases',
  '#/releases/new',
  `#/releases/${ids.release}`,
  `#/releases/${ids.release}/edit`,
  `#/releases/${ids.release}/assess/${ids.assessed}`,
  '#/quotas',
  `#/quotas/${ids.account}`,
  '#/reports',
  `#/reports/review/${ids.account}`,
  `#/reports/activity/${ids.account}`,
  '#/reports/portfolio',
  '#/import-export',
  '#/settings',
  '#/sync',
  '#/no-such-screen',
];

const printRoutes = (ids: Ids): string[] => [
  `#/print/review/${ids.account}`,
  `#/print/activity/${ids.account}`,
  '#/print/portfolio',
];

async function dialogs(page: Page, ids: Ids): Promise<void> {
  await page.goto('#/today');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await check(page, 'command palette', page.getByRole('dialog', { name: 'Command palette' }));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+?');
  await check(page, 'shortcuts help', page.getByRole('dialog', { name: 'Keyboard shortcuts' }));
  await page.keyboard.press('Escape');

  await page.goto(`#/incidents/${ids.incident}`);
  const severity = page.getByLabel('New severity', { exact: true });
  const current = await severity.inputValue();
  await severity.selectOption(current === '1' ? '2' : '1');
  await page.getByRole('button', { name: 'Set severity' }).click();
  await check(page, 'severity change', page.getByRole('dialog', { name: /severity \d\?$/ }));
  await page.keyboard.press('Escape');

  await page.goto(`#/quotas/${ids.account}`);
  for (const [button, dialog] of [
    ['Add special event', 'Add special event'],
    ['Add monitored interface', 'Add monitored interface'],
    ['Add time entry', 'Add time entry'],
    ['Record a work order', 'Record a work order'],
  ] as const) {
    await page.getByRole('button', { name: button }).last().click();
    await check(page, dialog, page.getByRole('dialog', { name: dialog }));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }

  // Last: deleting the account fills the Trash, whose purge dialog comes next.
  await page.goto(`#/accounts/${ids.account}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const remove = page.getByRole('dialog', { name: /^Delete “.*”\?$/ });
  await check(page, 'delete account', remove);
  await remove.getByRole('button', { name: 'Move to Trash' }).click();
  // The app leaves the deleted account's page for the list: wait for that before going on.
  await expect(page).toHaveURL(/#\/accounts$/);
  await visit(page, '#/trash');
  await page
    .getByRole('button', { name: /^Delete forever “/ })
    .first()
    .click();
  await check(page, 'delete forever', page.getByRole('dialog', { name: 'Delete forever?' }));
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe with the demo workspace (${scheme})`, () => {
    let ids: Ids;
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      ids = await loadDemo(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    });

    test('every screen of the router', async ({ page }) => {
      test.setTimeout(300_000);
      for (const path of screens(ids)) await visit(page, path);
    });

    test('every print page and dialog', async ({ page }) => {
      test.setTimeout(300_000);
      for (const path of printRoutes(ids)) {
        await page.goto(path);
        await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
        await check(page, path);
      }
      await dialogs(page, ids);
    });
  });
}
