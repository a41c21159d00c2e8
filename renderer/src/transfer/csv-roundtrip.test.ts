import { generateDemoWorkspace } from '@shared/demo/index';
import { resolvedAtOf } from '@shared/incidents/index';
import type { Account, Incident } from '@shared/schemas/index';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, setDatabaseForTesting, type StewardDatabase } from '../db/database';
import { loadReportData } from '../db/reports';
import { bulkSaveRecords } from '../db/records';
import {
  beginImport,
  commitImport,
  liveAccounts,
  readAllTables,
  writeImportChunk,
} from '../db/transfer';
import {
  accountIncidentsCsv,
  accountsCsv,
  queueCsv,
  type CsvOptions,
  type CsvTable,
} from './csv-exports';
import { localDateTime, toCsv } from './csv-format';
import { parseDateTime, type ImportTarget } from './csv-import';
import { ImportSession } from './import-core';

const NOW = new Date('2026-04-15T10:00:00Z');
const demo = generateDemoWorkspace({ seed: 11, now: NOW, accounts: 4, incidents: 60 });

/** Demo accounts plus the awkward cases: a formula-like name, a decimal amount, no SDM. */
const first = demo.accounts[0];
if (!first) throw new Error('no demo account');
const odd: Account = {
  ...first,
  id: 'odd-account',
  name: "=SUM(A1) l'Étoile; « Société Générale »",
  plan: 'carefor-business-plus',
  annualSaasAmount: 1234.5,
  timeZone: 'America/St_Johns',
  businessCalendar: { ...first.businessCalendar, timeZone: 'America/St_Johns' },
  sdmName: null,
  monitoredInterfaces: [],
  extensions: [],
};
const oddIncidents: Incident[] = demo.incidents
  // Open application incidents: the realistic demo answers most 'new' ones within the day.
  .filter((i) => i.category === 'application' && i.status === 'in-progress')
  .slice(0, 2)
  .map((i, n) => {
    // Seconds before the UK's spring-forward, and an hour St John's repeats at fall-back.
    const reportedAt = n === 0 ? '2026-03-29T00:59:59.123Z' : '2026-11-01T03:30:00.000Z';
    return {
      ...i,
      id: `odd-incident-${String(n)}`,
      accountId: odd.id,
      title: n === 0 ? '-1 day, "quoted", ; and\nnew line' : "'=already quoted",
      description: '@mention first\r\nsecond line',
      reportedAt,
      // Taken back to 'new' at the odd instant: their own times would precede it.
      status: 'new' as const,
      respondedAt: null,
      workaroundAt: null,
      statusHistory: i.statusHistory.slice(0, 1).map((h) => ({ ...h, at: reportedAt })),
    };
  });
if (oddIncidents.length !== 2) throw new Error('the demo has no open application incidents');
const ACCOUNTS = [...demo.accounts, odd];
const INCIDENTS = [...demo.incidents, ...oddIncidents].filter((i) => i.deletedAt === null);

let n = 0;
const opened: StewardDatabase[] = [];
async function freshDatabase(): Promise<void> {
  const db = openDatabase(`csv-roundtrip-${String(++n)}`);
  await db.open();
  opened.push(db);
  setDatabaseForTesting(db);
}
beforeEach(freshDatabase);
afterEach(async () => {
  setDatabaseForTesting(null);
  for (const db of opened.splice(0)) await db.delete();
});

/**
 * A table through the file and the import's own path: CSV text, UTF-8 bytes, then the worker's
 * session (decode, parse, map, validate) and the page's chunked, all-or-nothing write.
 */
let id = 0;
async function importTable(target: ImportTarget, table: CsvTable, o: CsvOptions) {
  const bytes = new TextEncoder().encode(toCsv(table.header, table.rows, o.lang));
  const ctx = {
    accounts: await liveAccounts(),
    incidents: [],
    by: 'Tester',
    now: NOW,
    newId: () => `imported-${String(++id)}`,
  };
  const session = new ImportSession(target, ctx, 0);
  const outcome = session.parse(bytes);
  if (outcome.kind !== 'parsed') throw new Error(`not parsed: ${JSON.stringify(outcome)}`);
  expect(outcome.summary.problems).toEqual([]);
  const summary = session.validate(outcome.summary.mapping);
  expect(summary.errors).toEqual([]);
  expect(summary.valid).toBe(table.rows.length);
  await beginImport(target, session.ids());
  await writeImportChunk(target, session.take(table.rows.length));
  expect(await commitImport()).toBe(table.rows.length);
}

const accountFields = (a: Account) => ({
  name: a.name,
  plan: a.plan,
  subscriptionStart: a.subscriptionStart,
  timeZone: a.timeZone,
  annualSaasAmount: a.annualSaasAmount,
  csmName: a.csmName,
  sdmName: a.sdmName,
});
const incidentFields = (i: Incident, accountName: string) => ({
  account: accountName,
  title: i.title,
  description: i.description,
  severity: i.severity,
  status: i.status,
  category: i.category,
  interfaceId: i.interfaceId,
  extensionId: i.extensionId,
  reportedAt: i.reportedAt,
  respondedAt: i.respondedAt,
  resolvedAt: resolvedAtOf(i),
});
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe.each([
  { lang: 'fr', mode: 'readable' },
  { lang: 'en', mode: 'readable' },
  { lang: 'fr', mode: 'reimport' },
  { lang: 'en', mode: 'reimport' },
] as const)('CSV export → import round trip ($lang, $mode)', (o) => {
  it('gives the same accounts back', async () => {
    await bulkSaveRecords('accounts', ACCOUNTS);
    const table = accountsCsv(await liveAccounts(), o);
    await freshDatabase();
    await importTable('accounts', table, o);
    const back = (await readAllTables()).accounts;
    expect(back.map(accountFields).sort(byName)).toEqual(ACCOUNTS.map(accountFields).sort(byName));
  });

  it('gives the same incidents back, into a workspace with the same accounts', async () => {
    await bulkSaveRecords('accounts', ACCOUNTS);
    await bulkSaveRecords('incidents', INCIDENTS);
    const tables: CsvTable[] = [];
    for (const account of await liveAccounts())
      tables.push(accountIncidentsCsv(account, (await loadReportData(account.id)).incidents, o));
    await freshDatabase();
    await bulkSaveRecords('accounts', ACCOUNTS);
    for (const table of tables) if (table.rows.length > 0) await importTable('incidents', table, o);
    const names = new Map(ACCOUNTS.map((a) => [a.id, a.name]));
    const fields = (list: readonly Incident[]) =>
      list
        .map((i) => incidentFields(i, names.get(i.accountId) ?? '?'))
        .sort((a, b) =>
          `${a.account}${a.reportedAt}${a.title}`.localeCompare(
            `${b.account}${b.reportedAt}${b.title}`,
          ),
        );
    const back = (await readAllTables()).incidents;
    expect(back).toHaveLength(INCIDENTS.length);
    expect(fields(back)).toEqual(fields(INCIDENTS));
  });
});

describe('readable CSV export', () => {
  it('writes labels in the language and local times with their offset', () => {
    const account = { ...odd, timeZone: 'Europe/Paris' };
    const incident = {
      ...(oddIncidents[0] as Incident),
      severity: 1,
      status: 'waiting-on-client',
      category: 'application',
      reportedAt: '2026-03-02T13:05:00.000Z',
      respondedAt: null,
    } as const;
    const fr = accountIncidentsCsv(account, [incident], { lang: 'fr', mode: 'readable' });
    expect(fr.header.slice(0, 6)).toEqual([
      'Compte',
      'Titre',
      'Sévérité',
      'Statut',
      'Catégorie',
      'Signalé le',
    ]);
    expect(fr.rows[0]?.slice(2, 7)).toEqual([
      '1 · Critique',
      'En attente du client',
      'Application',
      '2026-03-02 14:05 +01:00',
      '',
    ]);
    const en = accountsCsv([account], { lang: 'en', mode: 'readable' });
    expect(en.rows[0]?.[1]).toBe('CareFor Business Plus');
    expect(en.rows[0]?.[4]).toBe('1234.5');
    expect(accountsCsv([account], { lang: 'fr', mode: 'readable' }).rows[0]?.[4]).toBe('1234,5');
    const ids = accountIncidentsCsv(account, [incident], { lang: 'fr', mode: 'reimport' });
    expect(ids.rows[0]?.slice(2, 6)).toEqual([
      '1',
      'waiting-on-client',
      'application',
      '2026-03-02T13:05:00.000Z',
    ]);
  });

  it('writes the queue with labels and local times, or ids and ISO instants', () => {
    const data = { specialEvents: demo.specialEvents };
    const readable = queueCsv(ACCOUNTS, INCIDENTS, data, demo.settings, NOW, {
      lang: 'fr',
      mode: 'readable',
    });
    const local = /^\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d(\.\d{3})?)? [+-]\d\d:\d\d$/;
    expect(readable.rows.length).toBeGreaterThan(0);
    for (const row of readable.rows) {
      expect([
        'Essential',
        'Premium',
        'CareFor Business',
        'CareFor Business Plus',
        'CareFor Enterprise',
      ]).toContain(row[2]);
      expect(row[4]).toMatch(/^[1-4] · (Critique|Majeure|Modérée|Faible)$/);
      expect(['Nouveau', 'En cours', 'En attente du client']).toContain(row[5]);
      for (const time of row.slice(6, 9)) expect(time).toMatch(local);
      expect(['Dans les temps', 'À risque', 'Dépassé']).toContain(row[9]);
    }
    const ids = queueCsv(ACCOUNTS, INCIDENTS, data, demo.settings, NOW, {
      lang: 'fr',
      mode: 'reimport',
    });
    for (const row of ids.rows) {
      expect(row[4]).toMatch(/^[1-4]$/);
      for (const time of row.slice(6, 9))
        expect(time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
  });

  it.each([
    ['2026-03-02T13:05:00.000Z', 'Europe/Paris', '2026-03-02 14:05 +01:00'],
    ['2026-07-01T12:00:00.000Z', 'Europe/Paris', '2026-07-01 14:00 +02:00'],
    ['2026-01-10T03:00:30.000Z', 'America/St_Johns', '2026-01-09 23:30:30 -03:30'],
    ['2026-03-29T00:59:59.123Z', 'Europe/London', '2026-03-29 00:59:59.123 +00:00'],
    ['2026-03-29T01:00:00.000Z', 'Europe/London', '2026-03-29 02:00 +01:00'],
    ['2026-06-01T00:00:00.000Z', 'Asia/Kathmandu', '2026-06-01 05:45 +05:45'],
  ])('%s in %s reads %s and back', (iso, zone, text) => {
    expect(localDateTime(iso, zone)).toBe(text);
    expect(parseDateTime(text, 'UTC')).toBe(iso);
  });
});
