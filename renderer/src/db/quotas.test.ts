import { generateDemoWorkspace } from '@shared/demo/index';
import { describe, expect, it } from 'vitest';
import type { StewardDatabase } from './database';
import { RecordValidationError } from './errors';
import {
  addMonitoredInterfacesWithOrder,
  saveSpecialEventWithOrder,
  saveTimeEntryWithOrder,
} from './quotas';
import { withTestDatabase } from './test-database';

const demo = generateDemoWorkspace({ seed: 7, now: new Date('2026-04-15T10:00:00Z'), accounts: 1 });
const account = demo.accounts[0];
if (account === undefined) throw new Error('The demo has no account');

let db: StewardDatabase;
withTestDatabase('quotas-test', async (opened) => {
  db = opened;
  await db.accounts.put(account);
});

const order = {
  record: {
    accountId: account.id,
    title: 'Go-live: cut-over',
    reason: 'special-event' as const,
    quantity: 1,
    periodStart: null,
    status: 'requested' as const,
    reference: null,
    notes: '',
  },
};
const event = {
  accountId: account.id,
  title: 'Cut-over',
  kind: 'go-live' as const,
  start: '2026-05-01T08:00:00.000Z',
  end: '2026-05-01T18:00:00.000Z',
  notes: '',
};
const orderIds = async () => (await db.workOrders.toArray()).map((o) => o.id);
const outboxTables = async () => (await db.outbox.toArray()).map((r) => r.table).sort();

describe('quota records saved with their work order', () => {
  it('stores the order and the event that goes under it, each with its outbox row', async () => {
    const before = await orderIds();
    const saved = await saveSpecialEventWithOrder(event, order);
    const added = (await orderIds()).filter((id) => !before.includes(id));
    expect(added).toHaveLength(1);
    expect(saved.workOrderId).toBe(added[0]);
    expect(await db.specialEvents.get(saved.id)).toMatchObject({ title: 'Cut-over' });
    expect(await outboxTables()).toEqual(['specialEvents', 'workOrders']);
  });

  it('stores no order when the event is refused, and no event when the order is', async () => {
    const before = await orderIds();
    const backwards = { ...event, end: '2026-04-30T08:00:00.000Z' };
    await expect(saveSpecialEventWithOrder(backwards, order)).rejects.toThrow(
      RecordValidationError,
    );
    expect(await orderIds()).toEqual(before);
    expect(await db.specialEvents.count()).toBe(0);
    const badOrder = { record: { ...order.record, quantity: -1 } };
    await expect(saveSpecialEventWithOrder(event, badOrder)).rejects.toThrow(RecordValidationError);
    expect(await db.specialEvents.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('puts a record under an existing order without writing one', async () => {
    const entry = await saveTimeEntryWithOrder(
      {
        accountId: account.id,
        at: '2026-05-02T10:00:00.000Z',
        minutes: 90,
        kind: 'extension-enhancement',
        by: 'Ana',
        description: '',
      },
      { existingId: 'wo-existing' },
    );
    expect(entry.workOrderId).toBe('wo-existing');
    expect(await outboxTables()).toEqual(['timeEntries']);
  });

  it('adds interfaces and their order together; a refused order adds no interface', async () => {
    const stored = await db.accounts.get(account.id);
    if (stored === undefined) throw new Error('no account');
    const badOrder = {
      record: { ...order.record, reason: 'monitored-interface' as const, title: '' },
    };
    await expect(
      addMonitoredInterfacesWithOrder(stored, [{ name: 'SAP feed', critical: true }], badOrder),
    ).rejects.toThrow(RecordValidationError);
    expect((await db.accounts.get(account.id))?.monitoredInterfaces).toEqual(
      stored.monitoredInterfaces,
    );
    const added = await addMonitoredInterfacesWithOrder(
      stored,
      [{ name: 'SAP feed', critical: true }],
      {
        record: { ...order.record, reason: 'monitored-interface' },
      },
    );
    expect(added.map((i) => i.name)).toEqual(['SAP feed']);
    expect(await outboxTables()).toEqual(['accounts', 'workOrders']);
  });
});
