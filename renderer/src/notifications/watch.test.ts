import type { StewardBridge } from '@shared/bridge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setBridgeForTesting } from '../bridge';
import { withTestDatabase } from '../db/test-database';
import { createIncident, updateIncident } from '../db/incidents';
import { saveRecord } from '../db/records';
import { testAccount, testIncidentInput } from '../db/test-records';
import { initI18n } from '../i18n';
import { useToasts } from '../ui/toast-store';
import {
  inProcessSlaWatch,
  SlaWatchClient,
  type SlaWatchTransportFactory,
} from './sla-watch-client';
import { checkSlaOnce } from './watch';

const T0 = new Date('2026-03-10T09:00:00.000Z');
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);
let watcher: SlaWatchClient;
let incidentId: string;
const states = async (now: Date) => (await checkSlaOnce(watcher, now)).map((a) => a.state);
const notify = vi.fn<StewardBridge['notify']>();

withTestDatabase('watch-test', async () => {
  await initI18n('en');
  setBridgeForTesting({ notify } as unknown as StewardBridge);
  notify.mockReset();
  notify.mockResolvedValue({ shown: true });
  useToasts.setState({ toasts: [] });
  await saveRecord('accounts', testAccount({ id: 'acc', annualSaasAmount: 1, sdmName: null }));
  // Severity 1 on Enterprise: 24x7, response due in 1 h.
  watcher = new SlaWatchClient(inProcessSlaWatch);
  const created = await createIncident(
    testIncidentInput({
      accountId: 'acc',
      title: 'Payroll export down',
      reportedAt: T0.toISOString(),
    }),
    'Claire Martin',
    T0,
  );
  incidentId = created.id;
});

afterEach(() => {
  watcher.dispose();
  setBridgeForTesting(null);
});

describe('checkSlaOnce', () => {
  it('notifies once when at risk, once when breached, never again after a reload', async () => {
    expect(await states(hours(0.1))).toEqual([]);
    expect(await states(hours(0.8))).toEqual(['at-risk']);
    expect(await states(hours(0.95))).toEqual([]);
    expect(await states(hours(1.5))).toEqual(['breached']);
    expect(await states(hours(2))).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(2);
    const sent = notify.mock.calls[1]?.[0];
    expect(sent?.title).toBe('SLA breached: Payroll export down');
    expect(sent?.body).toContain('Nordhavn Logistics · Response due');
    expect(useToasts.getState().toasts).toEqual([]);
    // A new window (or the app started again) knows what was sent.
    watcher.dispose();
    watcher = new SlaWatchClient(inProcessSlaWatch);
    expect(await states(hours(2.5))).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('sees an edit made after its last check: a severity change is computed again', async () => {
    await updateIncident(incidentId, { severity: 4 }, 'Claire Martin', hours(0.2));
    expect(await states(hours(0.3))).toEqual([]);
    expect(await states(hours(1.5))).toEqual([]); // severity 4: 16 h to respond
    // Raised back to severity 1: fresh severity-1 clocks from the change (never breached since
    // before it), so the new hour to respond runs out at 2.6 h.
    await updateIncident(incidentId, { severity: 1 }, 'Claire Martin', hours(1.6));
    expect(await states(hours(1.6))).toEqual([]);
    expect(await states(hours(2.6))).toEqual(['breached']);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('falls back to an in-app alert when the desktop cannot show one', async () => {
    notify.mockResolvedValue({ shown: false });
    await checkSlaOnce(watcher, hours(1.5));
    expect(useToasts.getState().toasts.map((t) => t.message)).toEqual([
      expect.stringContaining('SLA breached: Payroll export down'),
    ]);
  });

  it('sums up more alerts than it shows one by one', async () => {
    const alert = (id: string) => ({
      incidentId: id,
      title: `Incident ${id}`,
      accountName: 'Acme',
      state: 'breached' as const,
      clock: 'response' as const,
      dueAt: hours(1),
    });
    const alerts = ['a', 'b', 'c'].map(alert);
    const outcome = { alerts, count: 5, zones: [], problem: null, computed: 0 };
    const fake = {
      check: () => Promise.resolve({ type: 'result' as const, id: 1, workMs: 0, ...outcome }),
    };
    await checkSlaOnce(fake, hours(2));
    expect(notify.mock.calls.map((c) => c[0].title)).toEqual(['5 incidents need attention']);
  });

  it('checks on the page when the worker cannot start', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const blocked: SlaWatchTransportFactory = (_onResponse, onFailure) => ({
      post: () => onFailure(new Error('blocked by policy')),
      close: () => undefined,
    });
    watcher.dispose();
    watcher = new SlaWatchClient(blocked);
    expect(await states(hours(0.8))).toEqual(['at-risk']);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
