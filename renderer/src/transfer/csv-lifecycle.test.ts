import type { IncidentStatus } from '@shared/domain/types';
import { describe, expect, it } from 'vitest';
import type { StewardDatabase } from '../db/database';
import { createIncident } from '../db/incidents';
import { saveRecord } from '../db/records';
import { withTestDatabase } from '../db/test-database';
import { testAccount, testIncidentInput } from '../db/test-records';
import { autoMapping, buildImport } from './csv-import';

const T0 = new Date('2026-03-12T15:00:00.000Z');
const account = testAccount({ plan: 'carefor-business' });
let db: StewardDatabase;

withTestDatabase('csv-lifecycle', async (opened) => {
  db = opened;
  await saveRecord('accounts', account, { now: T0 });
  // One incident already at the top of the client's ranking.
  await createIncident(testIncidentInput({ title: 'Already ranked' }), 'Ann', T0);
});

const header = ['Account', 'Title', 'Severity', 'Status', 'Reported at'];
/** Reported 10:00 Paris time = 09:00 UTC, as the form's reportedAt below. */
const row = (title: string, status: IncidentStatus) => [
  account.name,
  title,
  '2',
  status,
  '2026-03-10 10:00',
];
const REPORTED = '2026-03-10T09:00:00.000Z';
const STATUSES: IncidentStatus[] = ['in-progress', 'closed', 'new', 'resolved'];

async function imported(rows: string[][], extraHeader: string[] = []) {
  const h = [...header, ...extraHeader];
  let n = 0;
  return buildImport('incidents', h, rows, autoMapping('incidents', h), {
    accounts: await db.accounts.toArray(),
    incidents: await db.incidents.toArray(),
    by: 'Ann',
    now: T0,
    newId: () => `csv-${String(++n)}`,
  });
}

const lifecycle = (i: {
  statusHistory: unknown;
  rankKey: string | null;
  respondedAt: string | null;
  resolvedAt: string | null;
}) => ({
  statusHistory: i.statusHistory,
  rankKey: i.rankKey,
  respondedAt: i.respondedAt,
  resolvedAt: i.resolvedAt,
});

describe('CSV import follows the form’s lifecycle rules', () => {
  it('gives each incident the first status entry, rank key and stamps the form gives', async () => {
    const result = await imported(STATUSES.map((s, k) => row(`Row ${String(k)}`, s)));
    expect(result.errors).toEqual([]);
    const fromCsv = result.valid.map((v) => lifecycle(v.record));

    // The same incidents through the form path, one after another, at the same instant.
    const fromForm = [];
    for (const [k, status] of STATUSES.entries()) {
      const input = testIncidentInput({
        title: `Row ${String(k)}`,
        severity: 2,
        status,
        reportedAt: REPORTED,
      });
      fromForm.push(lifecycle(await createIncident(input, 'Ann', T0)));
    }
    expect(fromCsv).toEqual(fromForm);
    // And the rule is really exercised: open rows ranked at the bottom, closed rows resolved.
    expect(fromCsv[0]?.rankKey).not.toBeNull();
    expect(fromCsv[1]?.rankKey).toBeNull();
    expect(fromCsv[1]?.resolvedAt).toBe(T0.toISOString());
    expect(fromCsv[0]?.statusHistory).toEqual([
      { at: T0.toISOString(), by: 'Ann', from: null, to: 'in-progress' },
    ]);
    expect((fromCsv[2]?.rankKey ?? '') > (fromCsv[0]?.rankKey ?? '')).toBe(true);
  });

  it('keeps the resolution time the file gives for a closed incident', async () => {
    const result = await imported(
      [[...row('Closed', 'closed'), '2026-03-11 08:30']],
      ['Resolved at'],
    );
    expect(result.valid[0]?.record.resolvedAt).toBe('2026-03-11T07:30:00.000Z');
  });

  it('refuses a resolution time on an open incident, with its line and column', async () => {
    const result = await imported(
      [[...row('Open', 'in-progress'), '2026-03-11 08:30']],
      ['Resolved at'],
    );
    expect(result.valid).toEqual([]);
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'Resolved at', 'resolvedWhileOpen'],
    ]);
  });
});
