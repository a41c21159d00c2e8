import { expect, test, type Locator, type Page } from '@playwright/test';
import { seed, seedAccount, seedIncident, type SeedRecord } from './seed';

/**
 * Issue 18: a 10,000-character value (no spaces: nothing to wrap on) must not push the other
 * columns, the row actions or a page's buttons off-screen. Values this long can only come from
 * before the text limits (or another device), so they are seeded straight into IndexedDB.
 */
const HUGE = `Nordhavn${'W'.repeat(9_992)}`;
const STAMP = '2026-01-05T08:00:00.000Z';
const base = { updatedAt: STAMP, deletedAt: null };

const longAccount = seedAccount({ id: 'acc-long', name: HUGE, csmName: HUGE });
const plainAccount = seedAccount({ id: 'acc-plain', name: 'Plain Account' });
const trashedAccount = seedAccount({
  id: 'acc-trashed',
  name: `Trashed${HUGE}`,
  deletedAt: '2026-01-06T08:00:00.000Z',
});
const incident = seedIncident({ id: 'inc-long', accountId: 'acc-long', title: HUGE });
const meeting: SeedRecord = {
  ...base,
  id: 'meet-long',
  accountId: 'acc-long',
  kind: 'steering-committee',
  title: HUGE,
  topic: null,
  startsAt: '2026-01-20T09:00:00.000Z',
  endsAt: null,
  attendees: [],
  agenda: [],
  notes: '',
  decisions: [],
};
const action: SeedRecord = {
  ...base,
  id: 'act-long',
  accountId: 'acc-long',
  meetingId: 'meet-long',
  title: HUGE,
  owner: HUGE,
  ownerSide: 'client',
  dueDate: '2026-02-01',
  status: 'open',
  doneAt: null,
};
const release: SeedRecord = {
  ...base,
  id: 'rel-long',
  name: HUGE,
  version: '26.2',
  releaseDate: '2026-02-10',
  webinarAt: null,
  summary: '',
  changedModules: [HUGE],
  notes: '',
};

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(page, {
    accounts: [longAccount, plainAccount, trashedAccount],
    incidents: [incident],
    meetings: [meeting],
    actionItems: [action],
    releases: [release],
  });
});

/** Entirely within the viewport's width (it may be below the fold: rows scroll vertically). */
async function expectInViewport(page: Page, locator: Locator, what: string) {
  await expect(locator, what).toBeVisible();
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, what).not.toBeNull();
  expect(box?.x ?? -1, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity), `${what}: right edge`).toBeLessThanOrEqual(
    width,
  );
}

/** Neither the page nor a table frame scrolls sideways; names what sticks out if one does. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const frames = [document.documentElement, ...document.querySelectorAll('.table-wrap, .main')];
    const wide = frames
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.className || el.tagName}: ${el.scrollWidth} > ${el.clientWidth}`);
    if (wide.length === 0) return [];
    const right = (el: Element) => el.getBoundingClientRect().right;
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a !== null && !a.matches('.main'); a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    // The innermost unclipped elements past the window's right edge: what to fix.
    const past = [...document.querySelectorAll('.main *')]
      .filter((el) => right(el) > window.innerWidth + 1 && !clipped(el))
      .filter((el) => ![...el.children].some((c) => right(c) > window.innerWidth + 1))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: right ${right(el)}`);
    return [...wide, ...past];
  });
  expect(overflow).toEqual([]);
}

/** The long text is cut on screen but whole in its title (hover) and in the DOM. */
async function expectTruncatedWithFullText(locator: Locator) {
  await expect(locator).toHaveAttribute('title', HUGE);
  const box = await locator.boundingBox();
  expect(box?.width ?? Infinity).toBeLessThan(800);
}

test('Accounts list: the other columns stay on screen beside a 10,000-character name', async ({
  page,
}) => {
  await page.goto('#/accounts');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: HUGE }) });
  await expectTruncatedWithFullText(row.locator('.truncate').first());
  for (const name of ['Plan', 'CSM', 'SDM', 'Open incidents']) {
    await expectInViewport(page, page.getByRole('columnheader', { name }), `${name} header`);
  }
  await expectInViewport(page, row.getByText('Tom Baker'), 'SDM cell');
  await expectNoSidewaysScroll(page);
});

test('Trash: Restore and Delete stay on screen for a 10,000-character name', async ({ page }) => {
  await page.goto('#/trash');
  const row = page.getByRole('row').filter({ hasText: 'TrashedNordhavn' });
  await expect(row.locator('th .truncate').first()).toHaveAttribute('title', `Trashed${HUGE}`);
  await expectInViewport(page, row.getByRole('button', { name: /^Restore/ }), 'Restore');
  await expectInViewport(page, row.getByRole('button', { name: /^Delete/ }), 'Delete');
  await expectNoSidewaysScroll(page);
});

test('Queue, meetings, actions, releases and quotas keep their columns on screen', async ({
  page,
}) => {
  await page.goto('#/queue');
  const queueRow = page
    .getByRole('listbox', { name: 'Open incidents by priority' })
    .getByRole('option');
  await expect(queueRow.locator('.queue-row__title')).toHaveAttribute('title', HUGE);
  await expectInViewport(page, queueRow.locator('.queue-row__status'), 'queue status');
  await expectNoSidewaysScroll(page);

  await page.goto('#/meetings');
  const meetingRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: HUGE }) });
  await expectTruncatedWithFullText(meetingRow.locator('.truncate').first());
  await expectInViewport(page, meetingRow.getByText('Steering committee'), 'meeting kind');
  await expectNoSidewaysScroll(page);

  await page.goto('#/actions');
  const actionRow = page.getByRole('row').filter({ has: page.getByRole('combobox') });
  await expect(actionRow.locator('.truncate').first()).toHaveAttribute('title', HUGE);
  await expectInViewport(page, actionRow.getByRole('combobox'), 'action status');
  await expectNoSidewaysScroll(page);

  await page.goto('#/releases');
  const releaseRow = page
    .locator('section[aria-labelledby="release-list-title"]')
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: HUGE }) });
  await expectTruncatedWithFullText(releaseRow.locator('.truncate').nth(1));
  await expectInViewport(page, releaseRow.getByRole('cell').nth(2), 'release date');
  await expectNoSidewaysScroll(page);

  await page.goto('#/quotas');
  const quotaRow = page.getByRole('row').filter({ hasText: 'NordhavnWWW' }).first();
  await expectTruncatedWithFullText(quotaRow.locator('.truncate').first());
  await expectInViewport(page, quotaRow.getByRole('cell').last(), 'quota status');
  await expectNoSidewaysScroll(page);
});

test('Account and incident pages: the header keeps its buttons on screen', async ({ page }) => {
  await page.goto('#/accounts/acc-long');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveAttribute('title', HUGE);
  await expectInViewport(page, page.getByRole('link', { name: 'Edit' }), 'Edit account');
  await expectInViewport(page, page.getByRole('button', { name: /^Delete/ }), 'Delete account');
  await expectNoSidewaysScroll(page);

  await page.goto('#/incidents/inc-long');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('title', HUGE);
  await expectInViewport(page, page.getByRole('button', { name: 'Delete' }), 'Delete incident');
  await expectNoSidewaysScroll(page);
});

test('Account form: a stored over-limit name says so; an edit still too long is refused, nothing saved', async ({
  page,
}) => {
  await page.goto('#/accounts/acc-long/edit');
  const name = page.locator('#account-name');
  await expect(name).toHaveValue(HUGE);
  const message = 'This is longer than 200 characters; shorten it to save.';
  await expect(page.getByText(message)).toBeVisible();
  // Typing cannot add to it (maxLength); removing one character is still far too long.
  await name.press('End');
  await name.press('Backspace');
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(page.locator('.field__error').filter({ hasText: message })).toBeVisible();
  await page.goto('#/accounts/acc-long');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('title', HUGE);
});
