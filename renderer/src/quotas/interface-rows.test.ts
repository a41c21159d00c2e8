import { describe, expect, it } from 'vitest';
import { checkRows, filledRows, spreadPaste, type InterfaceRow } from './interface-rows';

const row = (key: number, name: string, critical = false): InterfaceRow => ({
  key,
  name,
  critical,
});

describe('several monitored interfaces in one dialog', () => {
  it('flags names already monitored and names typed twice, ignoring blank extra rows', () => {
    const rows = [
      row(1, 'Payroll export'),
      row(2, ' sso gateway '),
      row(3, ''),
      row(4, 'PAYROLL export'),
    ];
    expect([...checkRows(rows, ['SSO Gateway'])]).toEqual([
      [2, 'duplicate'],
      [4, 'repeated'],
    ]);
    expect(filledRows(rows)).toEqual([
      { name: 'Payroll export', critical: false },
      { name: 'sso gateway', critical: false },
      { name: 'PAYROLL export', critical: false },
    ]);
  });

  it('asks for a name on the first row when nothing was typed', () => {
    expect([...checkRows([row(1, ' '), row(2, '')], [])]).toEqual([[1, 'required']]);
    expect(checkRows([row(1, 'A'), row(2, 'B')], []).size).toBe(0);
  });

  it('a pasted list of lines opens one row per line after the row pasted into', () => {
    let k = 10;
    const rows = [row(1, 'First', true), row(2, 'Last')];
    const spread = spreadPaste(rows, 1, 'Payroll\r\n\r\n SSO \nBank feed\n', () => ++k);
    expect(spread?.map((r) => [r.key, r.name, r.critical])).toEqual([
      [1, 'Payroll', true],
      [11, 'SSO', false],
      [12, 'Bank feed', false],
      [2, 'Last', false],
    ]);
    expect(spreadPaste(rows, 1, 'one line', () => ++k)).toBeNull();
  });
});
