import { expect, test } from '@playwright/test';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { axeViolations, gotoScreen, watchErrors } from './helpers';

const SERVER = process.env.STEWARD_E2E_SYNC_URL ?? 'http://127.0.0.1:14210';
const WORKSPACE = 'Northwind';
const ADMIN = { email: 'admin@northwind.example', password: 'correct horse battery' };
const CSM = { email: 'csm.roles@northwind.example', password: 'a csm passphrase' };
const HEADERS = { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) };

async function api(path: string, init: { method: string; token?: string; body?: unknown }) {
  const headers: Record<string, string> = { ...HEADERS };
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  const res = await fetch(`${SERVER}${path}`, {
    method: init.method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
}

test('a CSM’s change to the workspace settings is set aside on the Sync screen with the reason', async ({
  browser,
}) => {
  // The admin adds a CSM (already there when the file runs twice on one server).
  const signIn = await api('/auth/sign-in', {
    method: 'POST',
    body: { workspace: WORKSPACE, ...ADMIN },
  });
  expect(signIn.status).toBe(200);
  const admin = (signIn.body as { token: string }).token;
  const added = await api('/members', {
    method: 'POST',
    token: admin,
    body: { ...CSM, role: 'csm' },
  });
  expect([201, 409]).toContain(added.status);

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await gotoScreen(page, '#/sync', 'Sync');
  await page.getByLabel('Server address').fill(SERVER);
  await page.getByLabel('Workspace').fill(WORKSPACE);
  await page.getByLabel('Email').fill(CSM.email);
  await page.getByLabel('Password').fill(CSM.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${CSM.email}`)).toBeVisible();

  await gotoScreen(page, '#/settings', 'Settings');
  await page.getByLabel('At-risk threshold (%)').fill('37');
  await page.getByRole('button', { name: 'Save workspace settings' }).click();
  await expect(page.getByText('Workspace settings saved.')).toBeVisible();

  await gotoScreen(page, '#/sync', 'Sync');
  await page.getByRole('button', { name: 'Sync now' }).click();
  const attention = page.getByRole('region', { name: 'Needs your attention' });
  await expect(attention).toContainText('Your role cannot change the workspace settings.', {
    timeout: 20_000,
  });
  await expect(attention).toContainText('Only an admin can make this change');
  const status = page.getByTestId('sync-status');
  await expect(status).toContainText('All changes sent', { timeout: 20_000 });
  expect(await axeViolations(page)).toEqual([]);

  // The server never took it: no settings record holds the CSM's threshold.
  const pulled = await api('/sync/pull?after=0&limit=1000', { method: 'GET', token: admin });
  const changes = (pulled.body as { changes: Array<{ table: string; fields: unknown }> }).changes;
  const settings = changes.filter((c) => c.table === 'settings');
  expect(JSON.stringify(settings)).not.toContain('0.37');
  expect(errors()).toEqual([]);
  await context.close();
});
