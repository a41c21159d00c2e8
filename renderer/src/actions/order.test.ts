import { describe, expect, it } from 'vitest';
import { filterActions, isOverdue, sortActions } from './order';

const item = (
  id: string,
  dueDate: string | null,
  status: 'open' | 'done' | 'dropped' = 'open',
  extra: Partial<{ title: string; accountId: string; owner: string }> = {},
) => ({ id, title: extra.title ?? id, dueDate, status, accountId: 'a1', owner: 'Ann', ...extra });

describe('action ordering', () => {
  const today = '2026-03-10';

  it('only open items due before today are overdue', () => {
    expect(isOverdue(item('x', '2026-03-09'), today)).toBe(true);
    expect(isOverdue(item('x', '2026-03-10'), today)).toBe(false);
    expect(isOverdue(item('x', '2026-03-01', 'done'), today)).toBe(false);
    expect(isOverdue(item('x', null), today)).toBe(false);
  });

  it('puts overdue first, then by due date, undated last', () => {
    const rows = [
      item('later', '2026-04-01'),
      item('undated', null),
      item('soon', '2026-03-12'),
      item('overdue-recent', '2026-03-09'),
      item('done-old', '2026-03-01', 'done'),
      item('overdue-old', '2026-03-02'),
    ];
    expect(sortActions(rows, today).map((r) => r.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'done-old',
      'soon',
      'later',
      'undated',
    ]);
  });

  it('open before done on the same date, then title', () => {
    const rows = [
      item('d', '2026-03-20', 'done', { title: 'A' }),
      item('b', '2026-03-20', 'open', { title: 'B' }),
      item('a', '2026-03-20', 'open', { title: 'A' }),
    ];
    expect(sortActions(rows, today).map((r) => r.id)).toEqual(['a', 'b', 'd']);
  });

  it('reads today per item (account time zone)', () => {
    const rows = [
      item('paris', '2026-03-10'),
      item('tokyo', '2026-03-10', 'open', { accountId: 'tk' }),
    ];
    const sorted = sortActions(rows, (i) => (i.accountId === 'tk' ? '2026-03-11' : '2026-03-10'));
    expect(sorted.map((r) => r.id)).toEqual(['tokyo', 'paris']);
  });

  it('filters by account, owner and status', () => {
    const rows = [
      item('1', null, 'open', { owner: 'Ann' }),
      item('2', null, 'done', { owner: 'Ann' }),
      item('3', null, 'open', { owner: 'Bob', accountId: 'a2' }),
    ];
    expect(filterActions(rows, { accountId: '', owner: 'Ann', status: 'all' })).toHaveLength(2);
    expect(filterActions(rows, { accountId: 'a2', owner: '', status: 'open' })).toHaveLength(1);
    expect(filterActions(rows, { accountId: '', owner: '', status: 'dropped' })).toHaveLength(0);
  });
});
