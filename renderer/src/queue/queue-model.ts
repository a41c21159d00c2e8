import type { PlanId, Severity } from '@shared/domain/types';
import {
  prioritizeIncidents,
  type PrioritizedIncident,
  type PriorityItem,
} from '@shared/queue/index';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { incidentSla, slaAccountOf, type SlaInputs } from '@shared/sla/index';
import { ClockCache, summarizeSla, type ClockSummary } from './clock-cache';

export { ClockCache, type ClockSummary } from './clock-cache';

export function clockSummary(
  incident: Incident,
  account: Account,
  settings: WorkspaceSettings,
  accountEvents: readonly SpecialEvent[],
  now: Date,
): ClockSummary {
  return summarizeSla(incidentSla(incident, slaAccountOf(account), settings, accountEvents, now));
}

/** The incident fields the queue computes with: a stored Incident fits, the worker gets these. */
export type QueueIncident = SlaInputs & Pick<Incident, 'title' | 'rankKey'>;

export interface QueueItem<I extends QueueIncident = Incident> extends PriorityItem {
  incident: I;
  account: Account;
  own: ClockSummary;
}

export interface QueueRow<I extends QueueIncident = Incident> {
  p: PrioritizedIncident;
  incident: I;
  account: Account;
  /**
   * The clock shown: always the incident's own. An inherited deadline only orders the row (and is
   * given as a reason), it is never shown as this incident's state.
   */
  shown: ClockSummary;
  /** Title of the incident whose deadline this one inherited (worked before it), else null. */
  inheritedFromTitle: string | null;
}

export interface QueueInput<I extends QueueIncident = Incident> {
  incidents: readonly I[];
  accounts: readonly Account[];
  specialEvents: readonly SpecialEvent[];
  settings: WorkspaceSettings;
}

const reported = new WeakMap<QueueIncident, number>();
/** Parsed once per record object: the worker keeps its objects from tick to tick. */
function reportedAtOf(incident: QueueIncident): number {
  let t = reported.get(incident);
  if (t === undefined) {
    t = Date.parse(incident.reportedAt);
    reported.set(incident, t);
  }
  return t;
}

/**
 * The priority queue: every open incident of a known account, in shared prioritizeIncidents
 * order. With a cache kept across calls, a data change recomputes only the changed incidents and
 * a tick only advances the running clocks (see ClockCache).
 */
export function buildQueue<I extends QueueIncident>(
  input: QueueInput<I>,
  now: Date,
  cache = new ClockCache(),
): Array<QueueRow<I>> {
  const accounts = new Map(input.accounts.map((a) => [a.id, a]));
  const events = new Map<string, SpecialEvent[]>();
  for (const e of input.specialEvents) {
    const list = events.get(e.accountId);
    if (list) list.push(e);
    else events.set(e.accountId, [e]);
  }
  const stamps = new Map<string, string>();
  for (const [id, list] of events) stamps.set(id, list.map((e) => e.updatedAt).join());
  const { settings } = input;
  const items: Array<QueueItem<I>> = [];
  cache.beginPass();
  for (const incident of input.incidents) {
    const account = accounts.get(incident.accountId);
    if (account === undefined) continue; // its account is in the Trash
    const accountEvents = events.get(account.id) ?? [];
    const deps = { account, settings, eventsStamp: stamps.get(account.id) ?? '' };
    const own = cache.get(incident, deps, now, () =>
      incidentSla(incident, slaAccountOf(account), settings, accountEvents, now),
    );
    items.push({
      id: incident.id,
      accountId: account.id,
      severity: incident.severity,
      plan: account.plan,
      timeLeftMs: own.timeLeftMs,
      reportedAt: reportedAtOf(incident),
      rankKey: incident.rankKey,
      incident,
      account,
      own,
    });
  }
  cache.endPass();
  // A deadline is only ever inherited from a ranked incident (a client's ranking).
  const byId = new Map<string, QueueItem<I>>();
  for (const i of items) if (i.rankKey !== null) byId.set(i.id, i);
  return prioritizeIncidents(items, now).map((p) => {
    const from = p.inheritedFromId === null ? undefined : byId.get(p.inheritedFromId);
    return {
      p,
      incident: p.item.incident,
      account: p.item.account,
      shown: p.item.own,
      inheritedFromTitle: from?.incident.title ?? null,
    };
  });
}

export interface QueueFilters {
  text: string;
  accountId: string;
  severity: Severity | null;
  plan: PlanId | null;
  sdm: string;
  breached: boolean;
  atRisk: boolean;
}

export const NO_FILTERS: QueueFilters = {
  text: '',
  accountId: '',
  severity: null,
  plan: null,
  sdm: '',
  breached: false,
  atRisk: false,
};

/** Lower-case, accents stripped: "Réseau" matches "reseau". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The search text as filterQueue compares it. */
export function searchNeedle(f: QueueFilters): string {
  return fold(f.text.trim());
}

/** The text the search looks in, folded: an incident's title and its account's name. */
export function searchHaystack(title: string, accountName: string): string {
  return fold(`${title} ${accountName}`);
}

/**
 * The filters that do not move with time (all but breached / at risk). `hay` is called only
 * when there is a needle, so callers can cache the folded text.
 */
export function matchesFixedFilters(
  incident: { severity: Severity },
  account: Pick<Account, 'id' | 'plan' | 'sdmName'>,
  f: QueueFilters,
  needle: string,
  hay: () => string,
): boolean {
  if (f.accountId !== '' && account.id !== f.accountId) return false;
  if (f.severity !== null && incident.severity !== f.severity) return false;
  if (f.plan !== null && account.plan !== f.plan) return false;
  if (f.sdm !== '' && (account.sdmName ?? '') !== f.sdm) return false;
  return needle === '' || hay().includes(needle);
}

/** "Breached" and "at risk" together mean either; neither means any state. */
export function matchesStateFilters(state: ClockSummary['state'], f: QueueFilters): boolean {
  if (!f.breached && !f.atRisk) return true;
  return (f.breached && state === 'breached') || (f.atRisk && state === 'at-risk');
}

/** Keeps the queue order. */
export function filterQueue(rows: readonly QueueRow[], f: QueueFilters): QueueRow[] {
  const needle = searchNeedle(f);
  return rows.filter(
    (r) =>
      matchesStateFilters(r.shown.state, f) &&
      matchesFixedFilters(r.incident, r.account, f, needle, () =>
        searchHaystack(r.incident.title, r.account.name),
      ),
  );
}

export function isFiltered(f: QueueFilters): boolean {
  return (Object.keys(NO_FILTERS) as Array<keyof QueueFilters>).some((k) =>
    k === 'text' ? f.text.trim() !== '' : f[k] !== NO_FILTERS[k],
  );
}

/** Accounts and SDMs present in the queue (the accounts of its rows), sorted for the menus. */
// localeCompare's order (the default locale) without building a collator per comparison.
const byName = new Intl.Collator().compare;

export function queueFacets(accounts: Iterable<Pick<Account, 'id' | 'name' | 'sdmName'>>): {
  accounts: Array<{ id: string; name: string }>;
  sdms: string[];
} {
  const names = new Map<string, string>();
  const sdms = new Set<string>();
  for (const a of accounts) {
    names.set(a.id, a.name);
    if (a.sdmName) sdms.add(a.sdmName);
  }
  return {
    accounts: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => byName(a.name, b.name)),
    sdms: [...sdms].sort(byName),
  };
}
