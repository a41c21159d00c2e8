import { describe, expect, it } from 'vitest';
import type { Account } from '@shared/schemas/index';
import type { AccountSummary } from './summary';
import { filterAccounts, filtersFromParams, NO_FILTERS, paramsFromFilters } from './filters';

const row = (over: Partial<Account>, breached = 0, atRisk = 0): AccountSummary => ({
  account: {
    id: over.name ?? 'x',
    name: 'x',
    plan: 'premium',
    csmName: 'Claire',
    sdmName: null,
    contacts: [],
    ...over,
  } as Account,
  openIncidents: breached + atRisk + 1,
  breached,
  atRisk,
});

const rows = [
  row({ name: 'Clínicas Mediterráneo', plan: 'premium', csmName: 'Hannah' }, 2, 0),
  row({ name: 'Van Leeuwen Foods', plan: 'premium', csmName: 'Hannah' }, 0, 1),
  row({
    name: 'Nordhavn Logistics',
    plan: 'carefor-enterprise',
    sdmName: 'Tom',
    contacts: [{ id: 'c', name: 'Ingrid Holm', email: 'ingrid@nordhavn.example', keyUser: true }],
  }),
];

describe('filterAccounts', () => {
  it('searches names and contacts, ignoring case and accents', () => {
    const names = (q: string) =>
      filterAccounts(rows, { ...NO_FILTERS, query: q }).map((r) => r.account.name);
    expect(names('clinicas')).toEqual(['Clínicas Mediterráneo']);
    expect(names('INGRID')).toEqual(['Nordhavn Logistics']);
    expect(names('nordhavn.example')).toEqual(['Nordhavn Logistics']);
    expect(names('')).toHaveLength(3);
  });

  it('filters by plan, CSM and SDM', () => {
    const count = (f: Partial<typeof NO_FILTERS>) =>
      filterAccounts(rows, { ...NO_FILTERS, ...f }).length;
    expect(count({ plan: 'carefor-enterprise' })).toBe(1);
    expect(count({ csm: 'Hannah' })).toBe(2);
    expect(count({ sdm: 'Tom' })).toBe(1);
  });

  it('keeps breached and at-risk apart; both boxes mean either', () => {
    const names = (f: Partial<typeof NO_FILTERS>) =>
      filterAccounts(rows, { ...NO_FILTERS, ...f }).map((r) => r.account.name);
    expect(names({ breached: true })).toEqual(['Clínicas Mediterráneo']);
    expect(names({ atRisk: true })).toEqual(['Van Leeuwen Foods']);
    expect(names({ breached: true, atRisk: true })).toEqual([
      'Clínicas Mediterráneo',
      'Van Leeuwen Foods',
    ]);
  });

  it('round-trips through the URL and ignores unknown plans', () => {
    const f = {
      query: 'a b',
      plan: 'premium' as const,
      csm: 'C',
      sdm: '',
      breached: true,
      atRisk: false,
    };
    expect(filtersFromParams(paramsFromFilters(f))).toEqual(f);
    expect(filtersFromParams(new URLSearchParams('plan=gold')).plan).toBe('');
  });
});
