import { generateDemoWorkspace } from '@shared/demo/index';
import { render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../db/test-database';
import { saveRecord } from '../db/records';
import { readAllTables, restoreWorkspace } from '../db/transfer';
import { initI18n } from '../i18n';
import { BusinessReviewView } from '../reports/BusinessReviewView';
import { createBackup, parseBackup } from '@shared/transfer/backup';

const NOW = new Date('2026-04-15T10:00:00Z');
const demo = generateDemoWorkspace({ seed: 3, now: NOW, accounts: 2, incidents: 20 });
const backup = parseBackup(
  JSON.stringify(createBackup({ ...demo, settings: [demo.settings] }, NOW)),
);

beforeAll(async () => {
  await initI18n('en');
});
withTestDatabase('restore-test', () => undefined);

describe('restore', () => {
  it('replace empties the workspace first; merge keeps newer local copies', async () => {
    const first = demo.accounts[0];
    if (!first) throw new Error('no account');
    await saveRecord('accounts', { ...first, id: 'local-only' });
    await restoreWorkspace(backup, 'replace');
    let all = await readAllTables();
    expect(all.accounts.map((a) => a.id).sort()).toEqual(demo.accounts.map((a) => a.id).sort());
    expect(all.incidents).toHaveLength(demo.incidents.length);

    await saveRecord(
      'accounts',
      { id: first.id, name: 'Renamed here' },
      { now: new Date('2030-01-01T00:00:00Z') },
    );
    const result = await restoreWorkspace(backup, 'merge');
    expect(result.keptNewer).toBeGreaterThanOrEqual(1);
    all = await readAllTables();
    expect(all.accounts.find((a) => a.id === first.id)?.name).toBe('Renamed here');
  });
});

describe('business review view', () => {
  it('shows names, KPIs and says so when sections are empty', () => {
    const account = demo.accounts[0];
    if (!account) throw new Error('no account');
    render(
      <MemoryRouter>
        <BusinessReviewView
          source={{
            account,
            data: { ...demo, incidents: [], meetings: [], actionItems: [], workOrders: [] },
          }}
          settings={demo.settings}
          period={{ from: '2026-01-01', to: '2026-03-31' }}
          now={NOW}
          headingLevel="h1"
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      `${account.name} — Business review`,
    );
    expect(screen.getByTestId('report-period').textContent).toBe('1 January 2026 – 31 March 2026');
    expect(screen.getByText('No incidents were opened in this period.')).toBeTruthy();
    expect(screen.getByText('No open incidents.')).toBeTruthy();
    expect(screen.getByText('No open action item.')).toBeTruthy();
    expect(screen.getByText('No work order is waiting to be signed.')).toBeTruthy();
    expect(i18next.language).toBe('en');
  });
});
