import { generateDemoWorkspace } from '@shared/demo/index';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  BackupError,
  createBackup,
  MIGRATIONS,
  parseBackup,
} from '@shared/transfer/backup';
import { decodeCsvBytes, escapeCell, MAX_IMPORT_BYTES, toCsv, unescapeCell } from './csv-format';
import { autoMapping, buildImport, parseDateTime } from './csv-import';

const demo = generateDemoWorkspace({
  seed: 7,
  now: new Date('2026-04-15T10:00:00Z'),
  accounts: 3,
  incidents: 30,
});
const tables = { ...demo, settings: [demo.settings] };

describe('JSON backup', () => {
  it('round-trips a workspace', () => {
    const backup = createBackup(tables, new Date('2026-04-15T10:00:00Z'));
    const back = parseBackup(JSON.stringify(backup));
    expect(back.version).toBe(BACKUP_VERSION);
    expect(back.tables.incidents).toHaveLength(demo.incidents.length);
    expect(back.tables.accounts[0]?.name).toBe(demo.accounts[0]?.name);
  });

  it('migrates a synthetic v0 file (rows under data, no deletedAt) through the chain', () => {
    const strip = <T extends { deletedAt: unknown }>(rows: T[]) =>
      rows.map((row) => {
        const copy: Partial<T> = { ...row };
        delete copy.deletedAt;
        return copy;
      });
    const v0 = {
      version: 0,
      exportedAt: '2025-01-01T00:00:00.000Z',
      data: { accounts: strip(demo.accounts), incidents: strip(demo.incidents) },
    };
    expect(Object.keys(MIGRATIONS)).toEqual(['0']);
    const back = parseBackup(JSON.stringify(v0));
    expect(back.tables.accounts).toHaveLength(demo.accounts.length);
    expect(back.tables.accounts.every((a) => a.deletedAt === null)).toBe(true);
    expect(back.tables.meetings).toEqual([]);
  });

  it.each([
    ['{"format":"steward-backup","version":1,"tables":{"acc', 'not-json'],
    ['[1,2,3]', 'not-backup'],
    ['{"hello":"world"}', 'not-backup'],
    ['{"format":"steward-backup","version":99,"tables":{}}', 'too-new'],
    ['{"format":"steward-backup","version":1,"tables":{"accounts":[{"id":"x"}]}}', 'invalid'],
  ])('refuses %s with %s', (text, code) => {
    try {
      parseBackup(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BackupError);
      expect((error as BackupError).code).toBe(code);
    }
  });
});

describe('CSV files', () => {
  it('accepts UTF-8 (BOM dropped) and refuses bad encodings, binary, empty and huge files', () => {
    const enc = new TextEncoder();
    expect(decodeCsvBytes(enc.encode('\uFEFFa;b\n1;2'))).toEqual({ text: 'a;b\n1;2' });
    expect(decodeCsvBytes(new Uint8Array([0x61, 0xe9, 0x62]))).toEqual({ error: 'encoding' }); // latin-1 é
    expect(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({
      error: 'binary',
    });
    expect(decodeCsvBytes(enc.encode('  \n'))).toEqual({ error: 'empty' });
    expect(decodeCsvBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ error: 'too-large' });
  });

  it('exports with BOM, ; in French, and defuses formulas', () => {
    expect(escapeCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(escapeCell('+1')).toBe("'+1");
    expect(escapeCell('-2')).toBe("'-2");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCell('plain')).toBe('plain');
    const fr = toCsv(['Compte', 'Consommé'], [['Acme; SA', '1,5']], 'fr');
    expect(fr.startsWith('\uFEFF')).toBe(true);
    expect(fr).toBe('\uFEFFCompte;Consommé\r\n"Acme; SA";1,5\r\n');
    expect(toCsv(['a'], [['=1+1']], 'en')).toBe("\uFEFFa\r\n'=1+1\r\n");
  });

  it('undoes the formula escape on import, so any text comes back', () => {
    for (const text of ['=1+1', "'=1+1", "''-x", "'plain", '-', 'plain', "it's"])
      expect(unescapeCell(escapeCell(text))).toBe(text);
  });
});

describe('CSV import rows', () => {
  const account = demo.accounts[0];
  if (!account) throw new Error('no demo account');
  const header = ['Account', 'Title', 'Severity', 'Status', 'Reported at'];
  const rows = [
    [account.name, 'Login slow', '3', 'closed', '2025-02-03 09:15'],
    [account.name, 'Export fails', '2', 'resolved', '2025-13-40'],
    [account.name, 'Report layout', '9', 'closed', '03/04/2025 10:00'],
    [account.name, 'Payroll', '1', 'closed', 'last tuesday'],
    ['Nobody Ltd', 'Ghost', '4', 'closed', '2025-05-05'],
  ];
  let n = 0;
  const ctx = {
    accounts: demo.accounts,
    incidents: demo.incidents,
    by: 'Ann',
    now: new Date('2026-04-15T10:00:00Z'),
    newId: () => `id-${String(++n)}`,
  };

  it('maps known headers and reports each problem with its line and column', () => {
    const mapping = autoMapping('incidents', header);
    expect(mapping).toMatchObject({ account: 0, title: 1, severity: 2, status: 3, reportedAt: 4 });
    const result = buildImport('incidents', header, rows, mapping, ctx);
    expect(result.valid.map((v) => v.line)).toEqual([2]);
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'Reported at', 'datetime'],
      [4, 'Severity', 'severity'],
      [5, 'Reported at', 'datetime'],
      [6, 'Account', 'account'],
    ]);
    expect(result.invalidLines).toEqual([3, 4, 5, 6]);
    expect(result.valid[0]?.record.accountId).toBe(account.id);
  });

  it('reads local times in the account time zone, ISO zones as written', () => {
    expect(parseDateTime('2025-07-01 09:00', 'Europe/Paris')).toBe('2025-07-01T07:00:00.000Z');
    expect(parseDateTime('01/07/2025 09:00', 'Europe/Paris')).toBe('2025-07-01T07:00:00.000Z');
    expect(parseDateTime('2025-07-01T09:00:00Z', 'Europe/Paris')).toBe('2025-07-01T09:00:00.000Z');
    expect(parseDateTime('2025-02-30', 'UTC')).toBeNull();
  });

  it('accounts: required fields and type errors', () => {
    const h = ['Name', 'Plan', 'Subscription start', 'Time zone', 'Amount'];
    const result = buildImport(
      'accounts',
      h,
      [
        ['Beta Corp', 'premium', '2024-01-01', 'Europe/Paris', '120 000,50'],
        ['', 'gold', '2024-01-01', 'Mars/Olympus', 'lots'],
      ],
      autoMapping('accounts', h),
      ctx,
    );
    expect(result.valid[0]?.record.annualSaasAmount).toBe(120000.5);
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [3, 'Name', 'required'],
      [3, 'Plan', 'plan'],
      [3, 'Amount', 'number'],
    ]);
  });
});
