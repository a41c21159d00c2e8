import { expect, test, type Page } from '@playwright/test';
import { axeViolations, watchErrors } from './helpers';
import { seed, seedAccount, seedIncident, storedRows, type SeedRecord } from './seed';

/** Issue 20 "Screens": the account page, new incident, template slot, board, interfaces, toasts. */

const SHOTS = process.env.STEWARD_E2E_SHOTS; // a folder: screenshots to look at, when set
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });
};
const DAY = 86_400_000;
const STAMP = '2026-01-05T08:00:00.000Z';
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const SP = seedAccount({
  id: 'acc-sp',
  name: 'Banco Paulista',
  plan: 'carefor-business-plus',
  timeZone: 'America/Sao_Paulo',
  monitoredInterfaces: [{ id: 'if-1', name: 'Payroll export', critical: false }],
});

const meeting = (id: string, startsAt: number, over: Partial<SeedRecord> = {}): SeedRecord => ({
  id,
  accountId: 'acc-sp',
  kind: 'steering-committee',
  title: `Steering committee ${id}`,
  topic: null,
  startsAt: new Date(startsAt).toISOString(),
  endsAt: new Date(startsAt + 90 * 60_000).toISOString(),
  attendees: [],
  agenda: [],
  notes: '',
  decisions: [],
  updatedAt: STAMP,
  deletedAt: null,
  ...over,
});

test('the account page leads with what changes, folds the plan, and one Tab reaches the ranking', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page, {
    accounts: [SP],
    incidents: [
      // Severity 1 reported 3 h ago: its response hour is long over (breached).
      seedIncident({
        id: 'i-1',
        accountId: 'acc-sp',
        title: 'Card payments rejected',
        severity: 1,
        reportedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
      }),
      seedIncident({ id: 'i-2', accountId: 'acc-sp', title: 'Report layout', severity: 4 }),
    ],
    meetings: [meeting('m-next', Date.now() + 3 * DAY, { title: 'Quarterly steering' })],
    actionItems: [
      {
        id: 'a-1',
        accountId: 'acc-sp',
        meetingId: null,
        title: 'Send the SSO certificate',
        owner: 'Ana Souza',
        ownerSide: 'client',
        dueDate: day(Date.now() - 2 * DAY),
        status: 'open',
        doneAt: null,
        updatedAt: STAMP,
        deletedAt: null,
      },
    ],
  });
  await page.goto('#/accounts/acc-sp');
  const heading = page.getByRole('heading', { level: 1, name: 'Banco Paulista' });
  await expect(heading).toBeFocused();
  await expect(page.getByTestId('glance-incidents')).toHaveText('2 open: 1 breached, 0 at risk');
  await expect(page.getByTestId('glance-meeting')).toContainText('Quarterly steering');
  await expect(page.getByTestId('glance-actions')).toHaveText('1 open, 1 overdue');
  await expect(page.getByTestId('glance-quotas')).toHaveText('Within the allowances');
  // What changes comes first: the glance and the ranking sit above the folded plan list.
  const top = async (name: string) =>
    (await page.getByRole('heading', { name, exact: true }).boundingBox())?.y ?? Infinity;
  expect(await top('Client ranking')).toBeLessThan(
    await top('What the plan includes · CareFor Business Plus'),
  );
  await expect(page.getByTestId('entitlements-included')).toBeHidden();
  await expect(page.getByTestId('entitlements-details')).not.toHaveAttribute('open');
  // The ranking in one Tab and Enter from the heading the page focuses on arrival.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the incident ranking' })).toBeFocused();
  await shot(page, 'account-skip-focused');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ranking__list [tabindex="0"]')).toBeFocused();
  await expect(page.locator('.ranking__list [tabindex="0"]')).toBeInViewport();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByText('22 included, 3 not included: show the list').click();
  await expect(page.getByTestId('entitlements-included')).toBeVisible();
  await page.evaluate(() => document.getElementById('main')?.scrollTo(0, 0));
  await shot(page, 'account-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'account-dark');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors()).toEqual([]);
});

test('global New incident: choosing the account fills Reported with now in its zone; first save works', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await seed(page, { accounts: [SP] });
  await page.goto('#/incidents/new');
  await expect(page.getByLabel('Reported')).toHaveValue('');
  await page.getByLabel('Account').selectOption({ label: 'Banco Paulista' });
  const expected = await page.evaluate(() =>
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'America/Sao_Paulo',
      dateStyle: 'short',
      timeStyle: 'short',
    })
      .format(new Date())
      .replace(' ', 'T'),
  );
  await expect(page.getByLabel('Reported')).toHaveValue(expected);
  await page.getByRole('textbox', { name: 'Title' }).fill('Bank feed stalls');
  await page.getByRole('button', { name: /^Create|^Save/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bank feed stalls' })).toBeVisible();
  expect(errors()).toEqual([]);
});

test('Prepare from template proposes the next usual slot of past committees', async ({ page }) => {
  const errors = watchErrors(page);
  // The first Monday of the last three months at 10:00 in São Paulo (13:00 UTC), 1 h 30.
  const firstMondays: number[] = [];
  const now = new Date();
  for (let back = 3; back >= 1; back--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1, 13));
    while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
    firstMondays.push(d.getTime());
  }
  await seed(page, {
    accounts: [SP],
    meetings: firstMondays.map((t, i) => meeting(`m-${String(i)}`, t)),
  });
  const next = (() => {
    for (let ahead = 0; ahead <= 1; ahead++) {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + ahead, 1, 13));
      while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
      if (d.getTime() > now.getTime()) return d;
    }
    throw new Error('no next Monday');
  })();
  await page.goto('#/meetings/new?account=acc-sp');
  await page.getByRole('button', { name: 'Prepare from template' }).click();
  await expect(page.getByLabel('Starts')).toHaveValue(`${day(next.getTime())}T10:00`);
  await expect(page.getByLabel('Ends')).toHaveValue(`${day(next.getTime())}T11:30`);
  await expect(page.getByRole('main').getByRole('status').first()).toContainText(
    'Start proposed at the usual slot',
  );
  await expect(page.getByRole('main').getByRole('status').first()).toContainText('monthly');
  expect(errors()).toEqual([]);
});

test('the readiness board opens on the upcoming release and owes nothing from before a subscription', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  const releases = Array.from({ length: 8 }, (_, k) => {
    // Six past, the 7th upcoming (two days ahead: still ahead in every zone late in the day), one after.
    const at = Date.now() + (k - 6) * 30 * DAY + 2 * DAY;
    return {
      id: `rel-${String(k)}`,
      name: `Update ${String(k)}`,
      version: `R${String(k + 1).padStart(2, '0')}`,
      releaseDate: day(at),
      webinarAt: null,
      summary: '',
      changedModules: ['Payroll'],
      notes: '',
      updatedAt: STAMP,
      deletedAt: null,
    };
  });
  const newcomer = seedAccount({
    id: 'acc-new',
    name: 'Newcomer Bank',
    plan: 'carefor-enterprise',
    subscriptionStart: day(Date.now() - 45 * DAY),
  });
  const old = Array.from({ length: 4 }, (_, i) =>
    seedAccount({
      id: `acc-${String(i)}`,
      name: `Old client ${String(i)}`,
      plan: 'carefor-enterprise',
    }),
  );
  await seed(page, { accounts: [newcomer, ...old], releases });
  await page.goto('#/releases');
  const board = page.locator('.board-scroll');
  const upcoming = board.getByRole('columnheader', { name: /R07/ });
  await expect(upcoming).toContainText('Upcoming');
  // Whole (to a pixel's rounding): nothing of either column is scrolled away.
  await expect(upcoming).toBeInViewport({ ratio: 0.99 });
  await expect(board.getByRole('columnheader', { name: /R08/ })).toBeInViewport({ ratio: 0.99 });
  expect(await board.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The account names stay in view while the board is scrolled.
  await expect(board.getByRole('rowheader', { name: 'Newcomer Bank' })).toBeInViewport({
    ratio: 1,
  });
  const row = board.getByRole('row', { name: /Newcomer Bank/ });
  // "Last 6" shows R03–R08. R03–R05 shipped more than 45 days ago, before the subscription:
  // not owed, so not "No assessment"; R06 (28 days ago), R07 and R08 are owed.
  await expect(row.getByText('Before the subscription')).toHaveCount(3);
  await expect(row.getByText('No assessment')).toHaveCount(3);
  await expect(
    board.getByRole('row', { name: /Old client 0/ }).getByText('No assessment'),
  ).toHaveCount(6);
  await shot(page, 'board-light');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, 'board-dark');
  expect(errors()).toEqual([]);
});

test('several monitored interfaces in one dialog; the toast docks under the page, never over it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page, { accounts: [SP] });
  await page.goto('#/accounts/acc-sp');
  await page.getByRole('button', { name: 'Add monitored interface' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add monitored interface' });
  await dialog.getByLabel('Interface name').fill('payroll EXPORT');
  await dialog.getByRole('button', { name: 'Another interface' }).click();
  await expect(dialog.getByLabel('Interface name 2')).toBeFocused();
  // A list pasted into a row opens one row per line.
  await page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement;
    const data = new DataTransfer();
    data.setData('text/plain', 'SSO gateway\nBank feed\nGL export\n');
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await expect(dialog.getByLabel('Interface name 4')).toHaveValue('GL export');
  await dialog.getByLabel('Critical interface 3').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('An interface with this name is already monitored.')).toBeVisible();
  expect(
    (await storedRows<{ monitoredInterfaces: unknown[] }>(page, 'accounts'))[0]
      ?.monitoredInterfaces,
  ).toHaveLength(1);
  await dialog.getByLabel('Interface name 1').fill('Card switch');
  await expect(dialog.getByText('An interface with this name is already monitored.')).toBeHidden();
  await shot(page, 'interfaces-dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const toast = page.getByRole('status').filter({ hasText: '4 interfaces added.' });
  await expect(toast).toBeVisible();
  const stored = (
    await storedRows<{ monitoredInterfaces: Array<{ name: string; critical: boolean }> }>(
      page,
      'accounts',
    )
  )[0];
  expect(stored?.monitoredInterfaces.map((i) => [i.name, i.critical])).toEqual([
    ['Payroll export', false],
    ['Card switch', false],
    ['SSO gateway', false],
    ['Bank feed', true],
    ['GL export', false],
  ]);
  // The dock sits under the page: nothing of the page is behind the toast.
  const main = await page.locator('#main').boundingBox();
  const box = await toast.boundingBox();
  expect(main && box && box.y >= main.y + main.height - 1).toBe(true);
  // More messages fold under the newest instead of piling up.
  await page.getByRole('button', { name: 'Add monitored interface' }).click();
  await dialog.getByLabel('Interface name').fill('Treasury link');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Interface “Treasury link” added.' }),
  ).toBeVisible();
  // No pile: one toast shows (the earlier one folded, or gone after its 8 s; the unit test
  // Toasts.test.tsx checks the fold itself without racing the timer).
  await expect(toast).toBeHidden();
  await expect(page.locator('.toast')).toHaveCount(1);
  await shot(page, 'toast-folded');
  expect(errors()).toEqual([]);
});

/** Controls whose text does not fit: overflowing buttons, and inputs whose value or placeholder is cut. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d');
    const out: string[] = [];
    const visible = (el: HTMLElement) => el.offsetParent !== null && el.getClientRects().length > 0;
    for (const el of document.querySelectorAll<HTMLElement>('button, a.button, .badge, label')) {
      if (!visible(el) || getComputedStyle(el).textOverflow === 'ellipsis') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName} "${el.textContent.trim()}" ${String(el.scrollWidth)} > ${String(el.clientWidth)}`,
        );
    }
    for (const el of document.querySelectorAll<HTMLInputElement>(
      'input[type="search"], input[type="text"], input:not([type])',
    )) {
      if (!visible(el) || canvas === null) continue;
      const style = getComputedStyle(el);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = el.value || el.placeholder;
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = canvas.measureText(text).width;
      if (width > room + 1) out.push(`input "${text}" ${width.toFixed(0)} > ${room.toFixed(0)}`);
    }
    return out;
  });
}

test('French at 1280 px: buttons, labels and fields of the key screens fit their text', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('#/accounts');
  await page.getByRole('button', { name: 'Load demo workspace' }).click();
  await expect(page.getByText(/^Demo workspace loaded/)).toBeVisible({ timeout: 30_000 });
  const accounts = await storedRows<{ id: string; plan: string }>(page, 'accounts');
  const rich = accounts.find((a) => a.plan === 'carefor-enterprise') ?? accounts[0];
  await page.goto('#/settings');
  await page.getByRole('radio', { name: 'Français' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const screens = [
    ['#/queue', 'queue'],
    ['#/accounts', 'accounts'],
    [`#/accounts/${rich?.id ?? ''}`, 'account'],
    ['#/releases', 'releases'],
    ['#/quotas', 'quotas'],
    ['#/actions', 'actions'],
    ['#/meetings/new', 'meeting-new'],
    ['#/incidents/new', 'incident-new'],
  ] as const;
  for (const [path, name] of screens) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Chargement…')).toHaveCount(0);
    await shot(page, `fr-${name}`);
    expect.soft(await overflowing(page), `${name} in French`).toEqual([]);
  }
  const search = page.getByPlaceholder('Titre d’incident ou compte');
  await page.goto('#/queue');
  await expect(search).toBeVisible();
  expect(errors()).toEqual([]);
});
