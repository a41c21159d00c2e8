import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { initI18n } from '../i18n';
import { MemoryRouter, Route, Routes } from 'react-router';
import { IncidentForm } from './IncidentForm';
import { QuickActions } from './QuickActions';
import { testAccount, testIncident } from './test-fixtures';

// Mon 9 Mar 2026, 11:00 in Paris: the severity-1 incident reported at 09:00 missed its 1 h
// response at 10:00 and has 2 h of its 4 h (24x7) resolution left. Business hours are
// Mon–Fri 09:00–18:00 and Wednesday 11 March is a holiday.
const NOW = new Date('2026-03-09T10:00:00.000Z');
const WAIT = { timeout: 5000 };
const account = testAccount();
const incident = testIncident({
  severity: 1,
  statusHistory: [{ at: '2026-03-09T08:00:00.000Z', by: 'Me', from: null, to: 'new' }],
});
const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ');
let db: StewardDatabase;

beforeAll(async () => {
  await initI18n('en');
});
withTestDatabase('severity-change-test', async (opened) => {
  db = opened;
  await db.accounts.put(account);
  await db.incidents.put(incident);
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function askToLower() {
  const user = userEvent.setup();
  render(<QuickActions incident={incident} account={account} by="Me" />);
  await user.selectOptions(screen.getByLabelText('New severity'), '3');
  await user.click(screen.getByRole('button', { name: 'Set severity' }));
  const dialog = await screen.findByRole('dialog', { name: 'Lower to severity 3?' }, WAIT);
  await within(dialog).findByTestId('severity-change-summary', {}, WAIT);
  return { user, dialog };
}

describe('changing the severity from the incident page', () => {
  it('says what happens to each clock before anything is saved', async () => {
    const { dialog } = await askToLower();
    const summary = text(within(dialog).getByTestId('severity-change-summary'));
    expect(summary).toContain('The severity-1 clocks stop now:');
    expect(summary).toContain('Response: the breach stays in the record');
    expect(summary).toContain('Resolution: ends with 2 h (24x7) left');
    expect(summary).toContain('Severity-3 clocks start now:');
    // 8 working hours from Mon 11:00: 7 on Monday, then Tue 09:00–10:00.
    expect(summary).toContain('Response due Tue, Mar 10, 10:00 AM (Europe/Paris)');
    // 40 working hours: Mon 7, Tue 9, Wed holiday, Thu 9, Fri 9, then 6 on Mon 16 → 15:00.
    expect(summary).toContain('Resolution due Mon, Mar 16, 3:00 PM (Europe/Paris)');
    expect(summary).toContain(
      'From now: CareFor Enterprise: handled during the account’s business hours.',
    );
    expect((await db.incidents.get(incident.id))?.severity).toBe(1);
  });

  it('Cancel leaves the incident and the choice as they were', async () => {
    const { user, dialog } = await askToLower();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    const stored = await db.incidents.get(incident.id);
    expect(stored?.severity).toBe(1);
    expect(stored?.severityHistory).toEqual([]);
    expect(screen.getByLabelText<HTMLSelectElement>('New severity').value).toBe('1');
  });

  it('confirming saves the change with its history entry', async () => {
    const { user, dialog } = await askToLower();
    await user.click(within(dialog).getByRole('button', { name: 'Lower to severity 3' }));
    await expect.poll(async () => (await db.incidents.get(incident.id))?.severity, WAIT).toBe(3);
    const stored = await db.incidents.get(incident.id);
    expect(stored?.severityHistory).toEqual([{ at: NOW.toISOString(), by: 'Me', from: 1, to: 3 }]);
  });
});

describe('changing the severity in the edit form', () => {
  async function editToSeverity2() {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={[`/incidents/${incident.id}/edit`]}>
        <Routes>
          <Route
            path="/incidents/:incidentId/edit"
            element={
              <IncidentForm
                accounts={[account]}
                incident={incident}
                initialAccountId={account.id}
                userName="Me"
                by="Me"
              />
            }
          />
          <Route path="/incidents/:incidentId" element={<h1>Incident page</h1>} />
        </Routes>
      </MemoryRouter>,
    );
    await user.click(screen.getByRole('radio', { name: /^2 · Major/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Lower to severity 2?' }, WAIT);
    await within(dialog).findByTestId('severity-change-summary', {}, WAIT);
    return { user, dialog };
  }

  it('Cancel saves nothing and stays on the form', async () => {
    const { user, dialog } = await editToSeverity2();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDefined();
    expect((await db.incidents.get(incident.id))?.severity).toBe(1);
  });

  it('confirming saves the form and opens the incident page', async () => {
    const { user, dialog } = await editToSeverity2();
    await user.click(within(dialog).getByRole('button', { name: 'Lower to severity 2' }));
    await screen.findByRole('heading', { name: 'Incident page' }, WAIT);
    const stored = await db.incidents.get(incident.id);
    expect(stored?.severity).toBe(2);
    expect(stored?.severityHistory).toEqual([{ at: NOW.toISOString(), by: 'Me', from: 1, to: 2 }]);
  });

  it('saving without a severity change asks nothing', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/edit']}>
        <Routes>
          <Route
            path="/edit"
            element={
              <IncidentForm
                accounts={[account]}
                incident={incident}
                initialAccountId={account.id}
                userName="Me"
                by="Me"
              />
            }
          />
          <Route path="/incidents/:incidentId" element={<h1>Incident page</h1>} />
        </Routes>
      </MemoryRouter>,
    );
    await user.clear(screen.getByLabelText(/^Title/));
    await user.type(screen.getByLabelText(/^Title/), 'Single sign-on down');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { name: 'Incident page' }, WAIT);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await db.incidents.get(incident.id))?.title).toBe('Single sign-on down');
  });
});
