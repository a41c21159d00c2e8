import { useLiveQuery } from 'dexie-react-hooks';
import { isClosedStatus, resolvedAtOf } from '@shared/incidents/index';
import type { Account, Incident } from '@shared/schemas/index';
import { database } from './database';

/** Distinct CSM and SDM names in use, sorted, for filters and name suggestions. */
export function peopleOf(accounts: readonly Account[]): { csms: string[]; sdms: string[] } {
  const sorted = (names: Iterable<string>) =>
    [...new Set(names)].filter((n) => n.trim() !== '').sort((a, b) => a.localeCompare(b));
  return {
    csms: sorted(accounts.map((a) => a.csmName)),
    sdms: sorted(accounts.flatMap((a) => (a.sdmName === null ? [] : [a.sdmName]))),
  };
}

/** Whether any account exists at all, deleted ones aside; undefined while loading. */
export function useHasAccounts(): boolean | undefined {
  return useLiveQuery(async () => {
    const first = await database()
      .accounts.filter((a) => a.deletedAt === null)
      .first();
    return first !== undefined;
  });
}

/** The account's resolved and closed incidents, most recently finished first. */
export function useRecentClosedIncidents(
  accountId: string | undefined,
  limit = 10,
): Incident[] | undefined {
  return useLiveQuery(async () => {
    if (accountId === undefined) return [];
    const rows = await database()
      .incidents.where('accountId')
      .equals(accountId)
      .filter((i) => i.deletedAt === null && isClosedStatus(i.status))
      .toArray();
    const finished = (i: Incident) => resolvedAtOf(i) ?? i.updatedAt;
    return rows.sort((a, b) => finished(b).localeCompare(finished(a))).slice(0, limit);
  }, [accountId, limit]);
}
