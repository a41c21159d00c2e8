import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { accountSchema, type Account } from '@shared/schemas/index';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { initI18n } from '../i18n';
import { AccountReadinessSection } from './AccountReadinessSection';

const account = (plan: Account['plan']): Account =>
  accountSchema.parse({
    id: 'a1',
    updatedAt: '2026-03-01T00:00:00Z',
    deletedAt: null,
    name: 'Acme',
    plan,
    annualSaasAmount: 500_000,
    subscriptionStart: '2025-01-01',
    timeZone: 'Europe/Paris',
    businessCalendar: {
      timeZone: 'Europe/Paris',
      hours: { mon: [{ start: '09:00', end: '17:00' }] },
    },
    csmName: 'Claire',
    sdmName: null,
    contacts: [],
    monitoredInterfaces: [],
    extensions: [],
    managedServices: [],
  });

let db: StewardDatabase;
beforeAll(async () => {
  await initI18n('en');
});
withTestDatabase('readiness', (opened) => {
  db = opened;
});

describe('AccountReadinessSection', () => {
  it('says the plan does not include it outside CareFor', () => {
    render(<AccountReadinessSection account={account('premium')} />);
    expect(screen.getByText(/Premium plan does not include sustainability readiness/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New assessment' })).toBeNull();
  });

  it('stores nothing while a plan item lacks its owner, then saves gaps and the plan', async () => {
    const user = userEvent.setup();
    render(<AccountReadinessSection account={account('carefor-business')} />);
    await user.click(await screen.findByRole('button', { name: 'New assessment' }));
    await user.type(
      screen.getByLabelText('Feature gaps', { exact: false }),
      'No payroll audit trail',
    );
    await user.click(screen.getByRole('button', { name: 'Add a plan item' }));
    await user.type(screen.getByRole('textbox', { name: 'Plan item' }), 'Train key users');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Some fields need attention: nothing was saved.')).toBeTruthy();
    expect(await db.readinessAssessments.count()).toBe(0);
    await user.type(screen.getByRole('textbox', { name: 'Owner' }), 'Inès');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('cell', { name: 'Train key users' })).toBeTruthy();
    expect(screen.getByRole('listitem')).toHaveProperty('textContent', 'No payroll audit trail');
    const stored = await db.readinessAssessments.toArray();
    expect(stored[0]).toMatchObject({
      accountId: 'a1',
      featureGaps: ['No payroll audit trail'],
      planItems: [
        expect.objectContaining({ text: 'Train key users', owner: 'Inès', status: 'open' }),
      ],
    });
  });
});
