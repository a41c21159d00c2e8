import { describe, expect, it } from 'vitest';
import type { StewardDatabase } from './database';
import { withTestDatabase } from './test-database';
import { RecordValidationError } from './errors';
import {
  createIncident,
  loadNotifiedKeys,
  claimNotifiedKeys,
  updateIncident,
  type IncidentInput,
} from './incidents';
import { saveRecord } from './records';
import { testAccount, testIncidentInput } from './test-records';

const T0 = new Date('2026-03-10T09:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
let db: StewardDatabase;

const account = (id: string, plan: 'premium' | 'carefor-enterprise') =>
  testAccount({
    id,
    name: `Account ${id}`,
    plan,
    annualSaasAmount: 1_000_000,
    sdmName: null,
    monitoredInterfaces: [{ id: 'if-1', name: 'Payroll export' }],
  });

const input = (over: Partial<IncidentInput> = {}): IncidentInput =>
  testIncidentInput({ accountId: 'ent', reportedAt: T0.toISOString(), ...over });

withTestDatabase('incidents-test', async (opened) => {
  db = opened;
  await saveRecord('accounts', account('ent', 'carefor-enterprise'), { now: T0 });
  await saveRecord('accounts', account('prem', 'premium'), { now: T0 });
});

describe('createIncident', () => {
  it('records the initial status with from: null and no severity change', async () => {
    const inc = await createIncident(input(), 'Claire Martin', T0);
    expect(inc.statusHistory).toEqual([
      { at: T0.toISOString(), by: 'Claire Martin', from: null, to: 'new' },
    ]);
    expect(inc.severityHistory).toEqual([]);
    expect(inc.respondedAt).toBeNull();
    expect(await db.incidents.get(inc.id)).toEqual(inc);
  });

  it('ranks CareFor incidents at the bottom of the client’s open ranking, others not at all', async () => {
    const a = await createIncident(input(), 'x', T0);
    const b = await createIncident(input(), 'x', at(1));
    const p = await createIncident(input({ accountId: 'prem' }), 'x', at(2));
    expect(a.rankKey).not.toBeNull();
    expect(b.rankKey).not.toBeNull();
    expect((b.rankKey ?? '') > (a.rankKey ?? '')).toBe(true);
    expect(p.rankKey).toBeNull();
  });

  it('stores nothing when the incident is invalid', async () => {
    const error = await createIncident(input({ title: ' ', category: 'interface' }), 'x', T0).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordValidationError);
    expect(Object.keys((error as RecordValidationError).byField()).sort()).toEqual([
      'interfaceId',
      'title',
    ]);
    expect(await db.incidents.count()).toBe(0);
    expect(await db.outbox.where('table').equals('incidents').count()).toBe(0);
  });
});

describe('updateIncident', () => {
  it('an open incident moved to a CareFor client joins the bottom of its ranking', async () => {
    const ranked = await createIncident(input(), 'x', T0);
    const open = await createIncident(input({ accountId: 'prem' }), 'x', at(1));
    const closed = await createIncident(input({ accountId: 'prem', status: 'closed' }), 'x', at(2));
    const moved = await updateIncident(open.id, { accountId: 'ent' }, 'x', at(3));
    expect((moved.rankKey ?? '') > (ranked.rankKey ?? '')).toBe(true);
    // A closed incident is in no ranking, wherever it moves.
    expect((await updateIncident(closed.id, { accountId: 'ent' }, 'x', at(4))).rankKey).toBeNull();
  });

  it('records severity and status changes with who, when, from and to', async () => {
    const inc = await createIncident(input(), 'Claire Martin', T0);
    await updateIncident(inc.id, { severity: 2 }, 'Tom Baker', at(5));
    const after = await updateIncident(inc.id, { status: 'in-progress' }, 'Tom Baker', at(10));
    expect(after.severityHistory).toEqual([
      { at: at(5).toISOString(), by: 'Tom Baker', from: 1, to: 2 },
    ]);
    expect(after.statusHistory.at(-1)).toEqual({
      at: at(10).toISOString(),
      by: 'Tom Baker',
      from: 'new',
      to: 'in-progress',
    });
  });

  it('records nothing when severity and status stay the same', async () => {
    const inc = await createIncident(input(), 'x', T0);
    const after = await updateIncident(
      inc.id,
      { severity: 1, status: 'new', title: 'Renamed' },
      'y',
      at(1),
    );
    expect(after.severityHistory).toEqual([]);
    expect(after.statusHistory).toHaveLength(1);
    expect(after.title).toBe('Renamed');
  });

  it('sets respondedAt when leaving new the first time, and keeps it', async () => {
    const inc = await createIncident(input(), 'x', T0);
    await updateIncident(inc.id, { status: 'waiting-on-client' }, 'x', at(20));
    const again = await updateIncident(inc.id, { status: 'in-progress' }, 'x', at(60));
    expect(again.respondedAt).toBe(at(20).toISOString());
  });

  it('stamps resolvedAt on resolution and clears it when reopened', async () => {
    const inc = await createIncident(input({ status: 'in-progress' }), 'x', T0);
    expect(inc.respondedAt).toBe(T0.toISOString());
    const resolved = await updateIncident(inc.id, { status: 'resolved' }, 'x', at(90));
    expect(resolved.resolvedAt).toBe(at(90).toISOString());
    const closed = await updateIncident(inc.id, { status: 'closed' }, 'x', at(120));
    expect(closed.resolvedAt).toBe(at(90).toISOString());
    const reopened = await updateIncident(inc.id, { status: 'in-progress' }, 'x', at(150));
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.statusHistory.map((h) => h.to)).toEqual([
      'in-progress',
      'resolved',
      'closed',
      'in-progress',
    ]);
  });

  it('never stamps a response before the report time', async () => {
    const later = at(60).toISOString();
    const inc = await createIncident(input({ reportedAt: later, status: 'in-progress' }), 'x', T0);
    expect(inc.respondedAt).toBe(later);
  });

  it('changes nothing when the update is invalid', async () => {
    const inc = await createIncident(input(), 'x', T0);
    await expect(
      updateIncident(inc.id, { severity: 2, category: 'interface' }, 'x', at(1)),
    ).rejects.toBeInstanceOf(RecordValidationError);
    expect(await db.incidents.get(inc.id)).toEqual(inc);
  });
});

describe('notified keys', () => {
  it('persist in the meta table and are claimed only once', async () => {
    expect(await claimNotifiedKeys(['notified:a:at-risk', 'notified:b:breached'], T0)).toHaveLength(
      2,
    );
    expect(await claimNotifiedKeys(['notified:a:at-risk', 'notified:c:at-risk'], T0)).toEqual([
      'notified:c:at-risk',
    ]);
    await db.meta.put({ key: 'other', value: 1 });
    expect(await loadNotifiedKeys()).toEqual(
      new Set(['notified:a:at-risk', 'notified:b:breached', 'notified:c:at-risk']),
    );
  });
});
