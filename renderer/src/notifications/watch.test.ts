import type { StewardBridge } from '@shared/bridge';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTesting } from '../bridge';
import { openDatabase, setDatabaseForTesting, type StewardDatabase } from '../db/database';
import { createIncident } from '../db/incidents';
import { saveRecord } from '../db/records';
import { initI18n } from '../i18n';
import { useToasts } from '../ui/toast-store';
import { checkSlaOnce } from './watch';

const T0 = new Date('2026-03-10T09:00:00.000Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);
let db: StewardDatabase;
let n = 0;
const notify = vi.fn<StewardBridge['notify']>();

beforeEach(async () => {
  await initI18n('en');
  db = openDatabase(`watch-test-${++n}`);
  await db.open();
  setDatabaseForTesting(db);
  setBridgeForTesting({ notify } as unknown as StewardBridge);
  notify.mockReset();
  notify.mockResolvedValue({ shown: true });
  useToasts.setState({ toasts: [] });
  await saveRecord('accounts', {
    id: 'acc',
    name: 'Nordhavn Logistics',
    plan: 'carefor-enterprise',
    annualSaasAmount: 1,
    subscriptionStart: '2024-03-01',
    timeZone: 'Europe/Paris',
    businessCalendar: {
      timeZone: 'Europe/Paris',
      hours: { mon: [{ start: '09:00', end: '18:00' }] },
    },
    csmName: 'Claire Martin',
    sdmName: null,
    contacts: [],
    monitoredInterfaces: [],
    extensions: [],
    managedServices: [],
  });
  // Severity 1 on Enterprise: 24x7, response due in 1 h.
  await createIncident(
    {
      accountId: 'acc',
      title: 'Payroll export down',
      description: '',
      severity: 1,
      status: 'new',
      category: 'application',
      interfaceId: null,
      extensionId: null,
      reportedAt: T0.toISOString(),
      owner: 'Claire Martin',
    },
    'Claire Martin',
    T0,
  );
});

afterEach(async () => {
  setBridgeForTesting(null);
  setDatabaseForTesting(null);
  await db.delete();
});

describe('checkSlaOnce', () => {
  it('notifies once when at risk, once when breached, never again after a reload', async () => {
    expect(await checkSlaOnce(hours(0.1))).toEqual([]);
    expect((await checkSlaOnce(hours(0.9))).map((a) => a.state)).toEqual(['at-risk']);
    expect(await checkSlaOnce(hours(0.95))).toEqual([]);
    expect((await checkSlaOnce(hours(1.5))).map((a) => a.state)).toEqual(['breached']);
    expect(await checkSlaOnce(hours(2))).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(2);
    const sent = notify.mock.calls[1]?.[0];
    expect(sent?.title).toBe('SLA breached: Payroll export down');
    expect(sent?.body).toContain('Nordhavn Logistics · Response due');
    expect(useToasts.getState().toasts).toEqual([]);
  });

  it('falls back to an in-app alert when the desktop cannot show one', async () => {
    notify.mockResolvedValue({ shown: false });
    await checkSlaOnce(hours(1.5));
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      expect.stringContaining('SLA breached: Payroll export down'),
    ]);
  });
});
