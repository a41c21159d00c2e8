import { useLiveQuery } from 'dexie-react-hooks';
import { isClosedStatus, resolvedAtOf } from '@shared/incidents/index';
import { incidentSla, slaAccountOf, type SlaSettings } from '@shared/sla/index';
import type { Account, Incident, SpecialEvent } from '@shared/schemas/index';
import { database } from './database';
import { OPEN_STATUSES } from './queries';

export interface AccountSummary {
  account: Account;
  openIncidents: number;
  /** Open incidents with a response or resolution clock at risk or breached. */
  atRisk: number;
}

const OPEN = new Set<string>(OPEN_STATUSES);

/** True when either SLA clock of an open incident is at risk or already breached. */
export function isIncidentAtRisk(
  incident: Incident,
  account: Account,
  settings: SlaSettings,
  specialEvents: readonly SpecialEvent[],
  now: Date,
): boolean {
  if (!OPEN.has(incident.status)) return false;
  const sla = incidentSla(incident, slaAccountOf(account), settings, specialEvents, now);
  return [sla.response.state, sla.resolution.state].some(
    (s) => s === 'at-risk' || s === 'breached',
  );
}

/** Per-account counts for the accounts list (pure: the caller passes live rows and `now`). */
export function summarizeAccounts(
  accounts: readonly Account[],
  incidents: readonly Incident[],
  settings: SlaSettings,
  specialEvents: readonly SpecialEvent[],
  now: Date,
): AccountSummary[] {
  const byAccount = new Map<string, Incident[]>();
  for (const incident of incidents) {
    if (incident.deletedAt !== null || !OPEN.has(incident.status)) continue;
    const list = byAccount.get(incident.accountId) ?? [];
    list.push(incident);
    byAccount.set(incident.accountId, list);
  }
  return accounts.map((account) => {
    const open = byAccount.get(account.id) ?? [];
    const atRisk = open.filter((i) =>
      isIncidentAtRisk(i, account, settings, specialEvents, now),
    ).length;
    return { account, openIncidents: open.length, atRisk };
  });
}

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
