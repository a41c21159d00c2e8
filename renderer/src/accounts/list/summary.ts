import { isOpenStatus } from '@shared/incidents/index';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { clockSummary } from '../../queue';

export interface AccountSummary {
  account: Account;
  openIncidents: number;
  /** Open incidents whose running SLA clock has passed its due time. */
  breached: number;
  /** Open incidents whose running SLA clock is close to its due time, breached ones not counted. */
  atRisk: number;
}

/**
 * Per-account counts for the accounts list, by each open incident's own SLA state as the
 * priority queue shows it (its nearer running clock): breached and at risk apart, so an
 * incident counts once. A breach that lies in the record only (an earlier severity, a clock
 * already stopped late) is not "breached now". Pure: the caller passes live rows and `now`.
 */
export function summarizeAccounts(
  accounts: readonly Account[],
  incidents: readonly Incident[],
  settings: WorkspaceSettings,
  specialEvents: readonly SpecialEvent[],
  now: Date,
): AccountSummary[] {
  const byAccount = new Map<string, Incident[]>();
  for (const incident of incidents) {
    if (incident.deletedAt !== null || !isOpenStatus(incident.status)) continue;
    const list = byAccount.get(incident.accountId);
    if (list) list.push(incident);
    else byAccount.set(incident.accountId, [incident]);
  }
  const eventsOf = new Map<string, SpecialEvent[]>();
  for (const e of specialEvents) {
    const list = eventsOf.get(e.accountId);
    if (list) list.push(e);
    else eventsOf.set(e.accountId, [e]);
  }
  return accounts.map((account) => {
    const open = byAccount.get(account.id) ?? [];
    const events = eventsOf.get(account.id) ?? [];
    let breached = 0;
    let atRisk = 0;
    for (const incident of open) {
      const { state } = clockSummary(incident, account, settings, events, now);
      if (state === 'breached') breached++;
      else if (state === 'at-risk') atRisk++;
    }
    return { account, openIncidents: open.length, breached, atRisk };
  });
}
