import { generateDemoWorkspace } from '@shared/demo/index';
import type { Account } from '@shared/schemas/index';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StewardDatabase } from '../../db/database';
import { withTestDatabase } from '../../db/test-database';
import { initI18n } from '../../i18n';
import { useToasts } from '../../ui/toast-store';
import { DeleteAccountButton } from './DeleteAccountButton';

const NOW = new Date('2026-04-15T10:00:00.000Z');
const demo = generateDemoWorkspace({ seed: 7, now: NOW, accounts: 3, incidents: 30 });
const WAIT = { timeout: 5000 };
let db: StewardDatabase;

async function show(account: Account) {
  render(
    <MemoryRouter initialEntries={[`/accounts/${account.id}`]}>
      <Routes>
        <Route path="/accounts/:id" element={<DeleteAccountButton account={account} />} />
        <Route path="/accounts" element={<h1>Accounts</h1>} />
      </Routes>
    </MemoryRouter>,
  );
  const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Delete' });
  await expect.poll(() => button.disabled, WAIT).toBe(false); // once the count is known
  return button;
}

function demoAccount(id: string): Account {
  const account = demo.accounts.find((a) => a.id === id);
  if (!account) throw new Error(`no ${id}`);
  return account;
}

const lastToast = () => useToasts.getState().toasts.at(-1);

beforeAll(async () => {
  await initI18n('en');
});

withTestDatabase('delete-account-test', async (opened) => {
  db = opened;
  await db.accounts.bulkPut(demo.accounts);
  await db.incidents.bulkPut(demo.incidents);
  await db.meetings.bulkPut(demo.meetings);
  await db.actionItems.bulkPut(demo.actionItems);
  await db.readinessAssessments.bulkPut(demo.readinessAssessments);
  useToasts.setState({ toasts: [] });
});

describe('deleting an account from its page', () => {
  it('says what goes to the Trash with it, and Undo brings it all back', async () => {
    const user = userEvent.setup();
    const mine = (rows: Array<{ accountId: string }>) =>
      rows.filter((r) => r.accountId === 'acc-0003').length;
    const incidents = mine(demo.incidents);
    const meetings = mine(demo.meetings);
    const actions = mine(demo.actionItems);
    const total = incidents + meetings + actions + mine(demo.readinessAssessments);
    const account = demoAccount('acc-0003');
    await user.click(await show(account));

    const dialog = await screen.findByRole('dialog', { name: `Delete “${account.name}”?` }, WAIT);
    const counts = await within(dialog).findByTestId('delete-counts', {}, WAIT);
    expect([...counts.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      `${incidents} incidents`,
      `${meetings} meetings`,
      `${actions} action items`,
      '1 readiness assessment',
    ]);
    expect(dialog.textContent).toContain(`These ${total} items of the account go to the Trash`);
    expect((await db.accounts.get('acc-0003'))?.deletedAt).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Move to Trash' }));
    await screen.findByRole('heading', { name: 'Accounts' }, WAIT);
    expect((await db.accounts.get('acc-0003'))?.deletedAt).not.toBeNull();
    const toast = lastToast();
    expect(toast?.message).toBe(`“${account.name}” and ${total} of its items moved to the Trash.`);

    await toast?.action?.run();
    expect((await db.accounts.get('acc-0003'))?.deletedAt).toBeNull();
    const live = await db.incidents.where('accountId').equals('acc-0003').toArray();
    expect(live.every((i) => i.deletedAt === null)).toBe(true);
    expect(lastToast()?.message).toBe(
      `“${account.name}” restored, with the ${total} items deleted with it.`,
    );
  });

  it('moves an account with nothing in it to the Trash at once', async () => {
    const user = userEvent.setup();
    const bare = { ...demoAccount('acc-0001'), id: 'bare', name: 'Bare Co' };
    await db.accounts.put(bare);
    await user.click(await show(bare));
    await screen.findByRole('heading', { name: 'Accounts' }, WAIT);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await db.accounts.get('bare'))?.deletedAt).not.toBeNull();
    expect(lastToast()?.message).toBe('“Bare Co” moved to the Trash.');
  });
});
