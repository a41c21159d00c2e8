import { generateDemoWorkspace } from '@shared/demo/index';
import { TEXT_LIMITS } from '@shared/schemas/index';
import { describe, expect, it } from 'vitest';
import { autoMapping, buildImport } from './csv-import';

const demo = generateDemoWorkspace({ seed: 3, now: new Date('2026-04-15T10:00:00Z') });

describe('CSV import and text limits', () => {
  it('refuses a row whose title is over its limit, naming the line, the column and the limit', () => {
    const account = demo.accounts[0];
    if (!account) throw new Error('no demo account');
    const header = ['Account', 'Title', 'Severity', 'Status', 'Reported at'];
    const rows = [
      [account.name, 'Login slow', '3', 'closed', '2025-02-03 09:15'],
      [account.name, 'x'.repeat(TEXT_LIMITS.name + 1), '3', 'closed', '2025-02-03 09:15'],
    ];
    let n = 0;
    const ctx = {
      accounts: demo.accounts,
      incidents: demo.incidents,
      by: 'Ann',
      now: new Date('2026-04-15T10:00:00Z'),
      newId: () => `id-${String(++n)}`,
    };
    const result = buildImport('incidents', header, rows, autoMapping('incidents', header), ctx);
    expect(result.valid.map((v) => v.line)).toEqual([2]);
    expect(result.errors).toEqual([
      {
        line: 3,
        column: 'Title',
        code: 'invalid',
        detail: `Title is longer than ${String(TEXT_LIMITS.name)} characters; shorten it to save`,
      },
    ]);
  });
});
