import { describe, expect, it } from 'vitest';
import {
  fieldLimitIssues,
  parseTooLong,
  recordSchemas,
  TEXT_LIMITS,
  textLimits,
  validateRecord,
  validateWrite,
} from './index';
import { demoTables, generateDemoWorkspace } from '../demo/index';
import { sampleAccount } from './schemas.test';

const long = (n: number) => 'x'.repeat(n);
const meeting = {
  id: 'm1',
  updatedAt: '2026-03-01T09:00:00.000Z',
  deletedAt: null,
  accountId: 'a1',
  kind: 'steering-committee',
  title: 'Steering',
  startsAt: '2026-03-02T09:00:00Z',
  agenda: ['Roadmap'],
};

describe('text limits', () => {
  it('refuses a new account name one character over the name limit, with its limit in the message', () => {
    const max = TEXT_LIMITS.name;
    expect(validateWrite('accounts', { ...sampleAccount, name: long(max) }).ok).toBe(true);
    const r = validateWrite('accounts', { ...sampleAccount, name: long(max + 1) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['name']);
    expect(parseTooLong(r.errors[0]?.message ?? '')).toEqual({ what: 'Account name', max });
  });

  it('finds long text inside lists and nested objects (agenda items, contacts)', () => {
    const agenda = validateWrite('meetings', {
      ...meeting,
      agenda: ['ok', long(TEXT_LIMITS.line + 1)],
    });
    expect(agenda.ok ? [] : agenda.errors.map((e) => e.path)).toEqual(['agenda.1']);
    const contacts = [{ id: 'c1', name: 'Ana', role: long(TEXT_LIMITS.label + 1), keyUser: true }];
    const c = validateWrite('accounts', { ...sampleAccount, contacts });
    expect(c.ok ? [] : c.errors.map((e) => e.path)).toEqual(['contacts.0.role']);
  });

  it('reads a stored over-limit value as it is (pull, upgrade): validateRecord ignores limits', () => {
    expect(validateRecord('accounts', { ...sampleAccount, name: long(10_000) }).ok).toBe(true);
  });

  it('keeps a stored over-limit value when another field is edited, refuses it once edited', () => {
    const stored = { ...sampleAccount, name: long(10_000) };
    expect(validateWrite('accounts', { ...stored, csmName: 'Zoé' }, stored).ok).toBe(true);
    const edited = validateWrite('accounts', { ...stored, name: long(10_001) }, stored);
    expect(edited.ok).toBe(false);
    // A list keeps its stored long item when another item changes.
    const m = { ...meeting, agenda: [long(5_000)] };
    expect(validateWrite('meetings', { ...m, agenda: [long(5_000), 'New'] }, m).ok).toBe(true);
  });

  it('checks pushed fields alone against the stored record (server push)', () => {
    const stored = { notes: long(30_000) };
    expect(fieldLimitIssues('meetings', { notes: long(30_000) }, stored)).toEqual([]);
    expect(fieldLimitIssues('meetings', { notes: long(20_001) }, stored)).toHaveLength(1);
    expect(fieldLimitIssues('meetings', { notes: long(20_001) })).toHaveLength(1);
    expect(fieldLimitIssues('meetings', { unknownField: long(90_000) })).toEqual([]);
  });

  it('gives every free-text field of every record a limit', () => {
    // Not free text: dates (a format), time zones (IANA names), managed services (roles matrix ids).
    const untagged: string[] = [];
    const visit = (schema: unknown, path: string): void => {
      const s = schema as {
        def?: { type?: string };
        format?: string | null;
        unwrap?: () => unknown;
      };
      if (textLimits.has(schema as never)) return;
      const type = s.def?.type;
      if (type === 'optional' || type === 'nullable' || type === 'default') {
        visit(s.unwrap?.(), path);
      } else if (type === 'object') {
        for (const [k, v] of Object.entries((schema as { shape: object }).shape)) {
          visit(v, `${path}.${k}`);
        }
      } else if (type === 'array') visit((schema as { element: unknown }).element, `${path}[]`);
      else if (type === 'string' && (s.format ?? null) === null) untagged.push(path);
    };
    for (const [table, schema] of Object.entries(recordSchemas)) visit(schema, table);
    expect(untagged).toEqual([
      'accounts.timeZone',
      'accounts.businessCalendar.timeZone',
      'accounts.managedServices[]',
    ]);
  });

  it('holds every text of a demo workspace within its limit (demo loads go through the limits)', () => {
    const ws = generateDemoWorkspace({ seed: 7, now: new Date('2026-04-15T10:00:00.000Z') });
    const over: string[] = [];
    for (const [table, rows] of Object.entries(demoTables(ws))) {
      for (const row of rows as Array<Record<string, unknown>>) {
        for (const issue of fieldLimitIssues(table as never, row))
          over.push(`${table}.${issue.path}`);
      }
    }
    expect(over).toEqual([]);
  });
});
