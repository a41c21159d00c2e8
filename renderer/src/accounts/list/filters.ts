import { PLAN_IDS, type PlanId } from '@shared/domain/types';
import type { AccountSummary } from './summary';

export interface AccountFilters {
  query: string;
  plan: PlanId | '';
  csm: string;
  sdm: string;
  /** Accounts with a breached incident; with atRisk too, accounts with either. */
  breached: boolean;
  /** Accounts with an incident at risk (not yet breached). */
  atRisk: boolean;
}

export const NO_FILTERS: AccountFilters = {
  query: '',
  plan: '',
  csm: '',
  sdm: '',
  breached: false,
  atRisk: false,
};

/** Filters live in the URL (?q=&plan=&csm=&sdm=&breached=1&risk=1) so Back restores them. */
export function filtersFromParams(params: URLSearchParams): AccountFilters {
  const plan = params.get('plan') ?? '';
  return {
    query: params.get('q') ?? '',
    plan: (PLAN_IDS as readonly string[]).includes(plan) ? (plan as PlanId) : '',
    csm: params.get('csm') ?? '',
    sdm: params.get('sdm') ?? '',
    breached: params.get('breached') === '1',
    atRisk: params.get('risk') === '1',
  };
}

export function paramsFromFilters(filters: AccountFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.query !== '') params.set('q', filters.query);
  if (filters.plan !== '') params.set('plan', filters.plan);
  if (filters.csm !== '') params.set('csm', filters.csm);
  if (filters.sdm !== '') params.set('sdm', filters.sdm);
  if (filters.breached) params.set('breached', '1');
  if (filters.atRisk) params.set('risk', '1');
  return params;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Search matches the account name and its contacts' names and emails, accents ignored. */
export function filterAccounts(
  rows: readonly AccountSummary[],
  filters: AccountFilters,
): AccountSummary[] {
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  const bySla = filters.breached || filters.atRisk;
  return rows.filter(({ account, breached, atRisk }) => {
    if (filters.plan !== '' && account.plan !== filters.plan) return false;
    if (filters.csm !== '' && account.csmName !== filters.csm) return false;
    if (filters.sdm !== '' && account.sdmName !== filters.sdm) return false;
    // Like the queue: both boxes mean either state, neither means any.
    if (bySla && !((filters.breached && breached > 0) || (filters.atRisk && atRisk > 0)))
      return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [account.name, ...account.contacts.flatMap((c) => [c.name, c.email ?? ''])].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}
