import { generateDemoWorkspace } from '@shared/demo/index';
import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { initI18n } from '../i18n';
import { AccountDetailPage } from './AccountDetailPage';

const NOW = new Date('2026-04-15T10:00:00.000Z');
const demo = generateDemoWorkspace({ seed: 7, now: NOW, accounts: 2, incidents: 10 });
const WAIT = { timeout: 5000 };

let db: StewardDatabase;

beforeAll(async () => {
  await initI18n('en');
});

withTestDatabase('account-detail-test', async (opened) => {
  db = opened;
  await db.accounts.bulkPut(demo.accounts);
});

describe('account page', () => {
  it('an account changed while its page is open updates the header and then every section', async () => {
    const account = demo.accounts[0];
    if (!account) throw new Error('no account');
    render(
      <MemoryRouter initialEntries={[`/accounts/${account.id}`]}>
        <Routes>
          <Route path="/accounts/:accountId" element={<AccountDetailPage />} />
        </Routes>
      </MemoryRouter>,
    );
    await screen.findByRole('heading', { level: 1, name: account.name }, WAIT);
    expect((await screen.findByTestId('hours-summary', {}, WAIT)).textContent).toContain(
      account.businessCalendar.timeZone,
    );

    // As a pull from another device writes it: straight to the store, the page still open.
    const tokyo = { ...account.businessCalendar, timeZone: 'Asia/Tokyo' };
    await db.accounts.put({
      ...account,
      name: 'Renamed elsewhere',
      timeZone: 'Asia/Tokyo',
      businessCalendar: tokyo,
    });
    await screen.findByRole('heading', { level: 1, name: 'Renamed elsewhere' }, WAIT);
    await expect
      .poll(() => screen.getByTestId('hours-summary').textContent, WAIT)
      .toContain('Asia/Tokyo');
  });
});
