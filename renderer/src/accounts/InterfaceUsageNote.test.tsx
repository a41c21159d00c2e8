import { render, screen } from '@testing-library/react';
import { workOrderSchema, type WorkOrder } from '@shared/schemas/index';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StewardDatabase } from '../db/database';
import { withTestDatabase } from '../db/test-database';
import { initI18n } from '../i18n';
import { InterfaceUsageNote } from './InterfaceUsageNote';

const account = { id: 'a1', subscriptionStart: '2025-01-01', timeZone: 'Europe/Paris' };
const order = (status: WorkOrder['status']): WorkOrder =>
  workOrderSchema.parse({
    id: `wo-${status}`,
    updatedAt: '2026-03-01T00:00:00Z',
    deletedAt: null,
    accountId: 'a1',
    title: 'Seventh interface',
    reason: 'monitored-interface',
    quantity: 1,
    status,
    // Inside the current subscription year: interfaces are covered per year.
    periodStart: new Date().toISOString().slice(0, 10),
  });

let db: StewardDatabase;
beforeAll(async () => {
  await initI18n('en');
});
withTestDatabase('interface-note', (opened) => {
  db = opened;
});

describe('InterfaceUsageNote', () => {
  const seventh = () =>
    render(<InterfaceUsageNote plan="carefor-business-plus" count={7} account={account} />);

  it('flags an overage no work order covers', async () => {
    seventh();
    expect(
      await screen.findByText('1 over the plan: needs a professional-services work order'),
    ).toBeTruthy();
  });

  it('says a signed work order covers it, and never asks for a second one', async () => {
    await db.workOrders.put(order('signed'));
    seventh();
    expect(await screen.findByText('1 over the plan: covered by a signed work order')).toBeTruthy();
    expect(screen.queryByText(/needs a professional-services work order/)).toBeNull();
  });

  it('a requested work order asks for no second one either', async () => {
    await db.workOrders.put(order('requested'));
    seventh();
    expect(await screen.findByText('1 over the plan: work order requested')).toBeTruthy();
  });
});
