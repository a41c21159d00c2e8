import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { axeViolations, gotoScreen, watchErrors } from './helpers';

const SERVER = process.env.STEWARD_E2E_SYNC_URL ?? 'http://127.0.0.1:14210';
const ADMIN = {
  workspace: 'Northwind',
  email: 'admin@northwind.example',
  password: 'correct horse battery',
};

// One server workspace for every test, but each test makes and names its own records, so any
// test runs alone or in any order. In order on one worker: two browser contexts per test are
// load enough for a shared machine, where a two-device test takes a minute or more.
test.describe.configure({ mode: 'default', timeout: 150_000 });

interface Device {
  context: BrowserContext;
  page: Page;
  errors: () => string[];
}

async function openDevice(browser: Browser): Promise<Device> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

interface Who {
  email: string;
  password: string;
}

async function signIn(page: Page, who: Who = ADMIN) {
  await gotoScreen(page, '#/sync', 'Sync');
  await page.getByLabel('Server address').fill(SERVER);
  await page.getByLabel('Workspace').fill(ADMIN.workspace);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${who.email}`)).toBeVisible();
  await waitSynced(page);
}

/** A CSM of the workspace, added by the admin over HTTP (already there on a second run). */
async function ensureCsm(who: Who): Promise<void> {
  const headers = {
    'content-type': 'application/json',
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  };
  const signedIn = await fetch(`${SERVER}/auth/sign-in`, {
    method: 'POST',
    headers,
    body: JSON.stringify(ADMIN),
  });
  const { token } = (await signedIn.json()) as { token: string };
  const added = await fetch(`${SERVER}/members`, {
    method: 'POST',
    headers: { ...headers, authorization: `Bearer ${token}` },
    body: JSON.stringify({ ...who, role: 'csm' }),
  });
  expect([201, 409]).toContain(added.status);
}

/** Nothing left to send and a sync has completed. */
async function waitSynced(page: Page): Promise<void> {
  const status = page.getByTestId('sync-status');
  await expect(status).toContainText('All changes sent', { timeout: 20_000 });
  await expect(status).toContainText('Last sync', { timeout: 20_000 });
  await expect(status).not.toContainText('Syncing', { timeout: 20_000 });
}

async function syncNow(page: Page): Promise<void> {
  await gotoScreen(page, '#/sync', 'Sync');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await waitSynced(page);
}

async function createAccount(page: Page, name: string): Promise<void> {
  await gotoScreen(page, '#/accounts/new', 'New account');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'CareFor Enterprise' });
  await page.getByRole('spinbutton', { name: 'Annual SaaS amount' }).fill('2500000');
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Paris');
  await page.getByLabel('Customer success manager (CSM)').fill('Claire Martin');
  await page.getByLabel('Service delivery manager (SDM)').fill('Tom Baker');
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function editAccount(page: Page, name: string, label: string, value: string) {
  await gotoScreen(page, '#/accounts', 'Accounts');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  const box =
    label === 'Name'
      ? page.getByRole('textbox', { name: 'Name', exact: true })
      : page.getByLabel(label);
  await box.fill(value);
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(page.getByRole('link', { name: 'Edit' })).toBeVisible();
}

async function openAccount(page: Page, name: string): Promise<void> {
  await gotoScreen(page, '#/accounts', 'Accounts');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Devices A and B signed in (as the admin unless told), both holding a fresh account `name`. */
async function twoDevices(
  browser: Browser,
  name: string,
  who: { a?: Who; b?: Who } = {},
): Promise<[Device, Device]> {
  const a = await openDevice(browser);
  const b = await openDevice(browser);
  await signIn(a.page, who.a);
  await signIn(b.page, who.b);
  await createAccount(a.page, name);
  await syncNow(a.page);
  await syncNow(b.page);
  await openAccount(b.page, name);
  return [a, b];
}

test('two devices edit different fields offline and both end with the merged account', async ({
  browser,
}) => {
  const [a, b] = await twoDevices(browser, 'Nordhavn Logistics');
  await expect(b.page.getByText('Claire Martin')).toBeVisible();

  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await editAccount(a.page, 'Nordhavn Logistics', 'Customer success manager (CSM)', 'Ana Ruiz');
  await editAccount(b.page, 'Nordhavn Logistics', 'Service delivery manager (SDM)', 'Li Wei');
  await expect(a.page.getByTestId('sync-status')).toContainText('Offline');
  await expect(a.page.getByTestId('sync-status')).toContainText('1 change to send');

  // Coming back online is enough: the loop syncs on the online event.
  await a.context.setOffline(false);
  await waitSynced(a.page);
  await b.context.setOffline(false);
  await waitSynced(b.page);
  await syncNow(a.page);

  for (const d of [a, b]) {
    await openAccount(d.page, 'Nordhavn Logistics');
    await expect(d.page.getByText('Ana Ruiz')).toBeVisible();
    await expect(d.page.getByText('Li Wei')).toBeVisible();
  }
  expect(a.errors().filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('a same-field conflict shows the note on the losing device', async ({ browser }) => {
  const [a, b] = await twoDevices(browser, 'Nordhavn Conflict');

  await a.context.setOffline(true);
  await b.context.setOffline(true);
  // A edits first, B later: B's newer edit wins everywhere.
  await editAccount(a.page, 'Nordhavn Conflict', 'Name', 'Nordhavn (from A)');
  await editAccount(b.page, 'Nordhavn Conflict', 'Name', 'Nordhavn (from B)');
  await b.context.setOffline(false);
  await waitSynced(b.page);
  await a.context.setOffline(false);
  await waitSynced(a.page);

  await openAccount(a.page, 'Nordhavn (from B)');
  await gotoScreen(a.page, '#/sync', 'Sync');
  const note = a.page.getByRole('note');
  await expect(note).toContainText('Changed by someone else');
  await expect(note).toContainText('your “Nordhavn (from A)” was replaced by “Nordhavn (from B)”');
  expect(await axeViolations(a.page)).toEqual([]);

  // B replaced a name it had not seen: B is told so too.
  await syncNow(b.page);
  await expect(b.page.getByRole('note')).toContainText(
    'you replaced “Nordhavn (from A)” from admin@northwind.example',
  );
  await a.page.getByRole('button', { name: 'Dismiss note' }).click();
  await expect(note).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test('the device that synced first is told when a later push replaced its edit unseen', async ({
  browser,
}) => {
  // Issue 17: A edits first and syncs first; B, offline, never saw A's name and overwrites it.
  const [a, b] = await twoDevices(browser, 'Race Account');

  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await editAccount(a.page, 'Race Account', 'Name', 'Race (from A)');
  await editAccount(b.page, 'Race Account', 'Name', 'Race (from B)');
  await a.context.setOffline(false);
  await waitSynced(a.page);
  await b.context.setOffline(false);
  await waitSynced(b.page);
  await syncNow(a.page);

  const note = a.page.getByRole('note').filter({ hasText: 'Race (from A)' });
  await expect(note).toContainText(
    'your “Race (from A)” was replaced by “Race (from B)” from admin@northwind.example',
  );
  await gotoScreen(b.page, '#/sync', 'Sync');
  await expect(b.page.getByRole('note').filter({ hasText: 'Race (from B)' })).toContainText(
    'without having seen it',
  );
  expect(await axeViolations(a.page)).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('an edit made offline while another device deleted the account is kept in the Trash, told to both, and restored with it', async ({
  browser,
}) => {
  // Issue 17, delete versus edit: A (the admin) deletes the account while B (a CSM), offline,
  // changes its CSM. Neither saw the other's change: both keep it deleted with B's edit applied
  // (renderer/src/db/sync-trash-notes.test.ts decides the same over the replicas).
  const csm = { email: 'csm.trash@northwind.example', password: 'a csm passphrase' };
  await ensureCsm(csm);
  const [a, b] = await twoDevices(browser, 'Trash Race', { b: csm });

  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await openAccount(a.page, 'Trash Race');
  // An account with nothing in it goes to the Trash at once (no confirmation to answer).
  await a.page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(a.page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await editAccount(b.page, 'Trash Race', 'Customer success manager (CSM)', 'Ana Ruiz');

  // The delete reaches the server first, the edit after it.
  await a.context.setOffline(false);
  await waitSynced(a.page);
  await b.context.setOffline(false);
  await waitSynced(b.page);
  await syncNow(a.page);

  const told =
    /Deleted by admin@northwind\.example on \w+day \(.+\); the changes csm\.trash@northwind\.example made on \w+day \(.+\) without seeing the deletion \(Customer success manager \(CSM\)\) are kept in the Trash: restore it to get them back\./;
  for (const d of [a, b]) {
    await gotoScreen(d.page, '#/sync', 'Sync');
    await expect(d.page.getByText('In Trash Race')).toBeVisible();
    await expect(d.page.getByRole('note')).toContainText(told);
    await gotoScreen(d.page, '#/trash', 'Trash');
    await expect(d.page.getByRole('button', { name: 'Restore “Trash Race”' })).toBeVisible();
    await gotoScreen(d.page, '#/accounts', 'Accounts');
    await expect(d.page.getByRole('link', { name: 'Trash Race', exact: true })).toHaveCount(0);
  }
  await gotoScreen(b.page, '#/sync', 'Sync');
  expect(await axeViolations(b.page)).toEqual([]);

  // Restore on A (which deleted it) brings the account back everywhere with B's edit.
  await gotoScreen(a.page, '#/trash', 'Trash');
  await a.page.getByRole('button', { name: 'Restore “Trash Race”' }).click();
  await expect(a.page.getByText('“Trash Race” restored.')).toBeVisible();
  await syncNow(a.page);
  await syncNow(b.page);
  for (const d of [a, b]) {
    await openAccount(d.page, 'Trash Race');
    await expect(d.page.getByText('Ana Ruiz')).toBeVisible();
  }
  await a.context.close();
  await b.context.close();
});

test('sign-in explains a wrong password and an unreachable server', async ({ page }) => {
  await gotoScreen(page, '#/sync', 'Sync');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter an address starting with https://')).toBeVisible();
  await page.getByLabel('Server address').fill(SERVER);
  await page.getByLabel('Workspace').fill(ADMIN.workspace);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Wrong workspace, email or password.');
  await page.getByLabel('Server address').fill('http://127.0.0.1:9');
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('The sync server cannot be reached.');
  expect(await axeViolations(page)).toEqual([]);
});

test('an edit on one device shows on the other’s open screen with nobody touching it', async ({
  browser,
}) => {
  const [a, b] = await twoDevices(browser, 'Nordhavn Open');
  // The heartbeat round comes every 30 s; this waits 10: only the server's answer to B's waiting
  // pull can bring the change in time.
  await editAccount(a.page, 'Nordhavn Open', 'Name', 'Nordhavn Live');
  await expect(b.page.getByRole('heading', { level: 1, name: 'Nordhavn Live' })).toBeVisible({
    timeout: 10_000,
  });
  expect(a.errors()).toEqual([]);
  expect(b.errors()).toEqual([]);
  await a.context.close();
  await b.context.close();
});

test('a change the server refuses is set aside and the changes after it still sync', async ({
  browser,
}) => {
  // A CSM may edit every record but not the workspace settings: the server refuses that one
  // change for good (a per-mutation refusal), and the edit made after it still goes through.
  const csm = { email: 'csm.sync@northwind.example', password: 'a csm passphrase' };
  await ensureCsm(csm);
  const a = await openDevice(browser);
  await signIn(a.page, csm);
  await createAccount(a.page, 'Nordhavn Refused');
  await gotoScreen(a.page, '#/settings', 'Settings');
  await a.page.getByLabel('At-risk threshold (%)').fill('41');
  await a.page.getByRole('button', { name: 'Save workspace settings' }).click();
  await expect(a.page.getByText('Workspace settings saved.')).toBeVisible();
  await editAccount(a.page, 'Nordhavn Refused', 'Name', 'Nordhavn After');

  await gotoScreen(a.page, '#/sync', 'Sync');
  await syncNow(a.page);
  const attention = a.page.getByRole('region', { name: 'Needs your attention' });
  await expect(attention).toContainText('Your role cannot change the workspace settings.');
  expect(await axeViolations(a.page)).toEqual([]);

  const b = await openDevice(browser);
  await signIn(b.page);
  // The rename made after the refused change reached the server; the threshold did not.
  await openAccount(b.page, 'Nordhavn After');
  await gotoScreen(b.page, '#/settings', 'Settings');
  await expect(b.page.getByLabel('At-risk threshold (%)')).not.toHaveValue('41');
  await a.context.close();
  await b.context.close();
});
