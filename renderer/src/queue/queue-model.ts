import type { Coverage, PlanId, Severity } from '@shared/domain/types';
import {
  prioritizeIncidents,
  type PrioritizedIncident,
  type PriorityItem,
} from '@shared/queue/index';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { incidentSla, type SlaState } from '@shared/sla/index';

/** The nearer running SLA clock of an incident (response or resolution), or none. */
export interface ClockSummary {
  clock: 'response' | 'resolution' | null;
  /** Working time left, negative once breached; null when no clock runs. */
  timeLeftMs: number | null;
  state: SlaState | 'none';
  dueAt: Date | null;
  breachedSince: Date | null;
  coverage: Coverage;
  timeZone: string;
}

export function clockSummary(
  incident: Incident,
  account: Account,
  settings: WorkspaceSettings,
  accountEvents: readonly SpecialEvent[],
  now: Date,
): ClockSummary {
  const sla = incidentSla(incident, account, settings, accountEvents, now);
  const running = (['response', 'resolution'] as const)
    .map((clock) => ({ clock, c: sla[clock] }))
    .filter(({ c }) => c.stoppedAt === null);
  const nearest = running.reduce<(typeof running)[number] | null>(
    (best, r) => (best === null || r.c.timeLeftMs < best.c.timeLeftMs ? r : best),
    null,
  );
  const { coverage, timeZone } = sla.explanation;
  if (nearest === null) {
    return {
      clock: null,
      timeLeftMs: null,
      state: 'none',
      dueAt: null,
      breachedSince: null,
      coverage,
      timeZone,
    };
  }
  const { c } = nearest;
  return {
    clock: nearest.clock,
    timeLeftMs: c.timeLeftMs,
    state: c.state,
    dueAt: c.dueAt,
    breachedSince: c.breachedSince,
    coverage,
    timeZone,
  };
}

export interface QueueItem extends PriorityItem {
  incident: Incident;
  account: Account;
  own: ClockSummary;
}

export interface QueueRow {
  p: PrioritizedIncident<QueueItem>;
  incident: Incident;
  account: Account;
  /** The clock shown: the incident's own, or the one it inherited through the client ranking. */
  shown: ClockSummary;
  /** Title of the incident whose deadline this one inherited, else null. */
  inheritedFromTitle: string | null;
}

export interface QueueInput {
  incidents: readonly Incident[];
  accounts: readonly Account[];
  specialEvents: readonly SpecialEvent[];
  settings: WorkspaceSettings;
}

/**
 * Per-tick cache of clock summaries keyed by what they depend on, so a live-query refresh
 * (e.g. one ranking move) recomputes only the changed incidents, not all 50,000.
 */
export class ClockCache {
  private at = Number.NaN;
  private map = new Map<string, { key: string; value: ClockSummary }>();
  get(id: string, key: string, now: Date, compute: () => ClockSummary): ClockSummary {
    if (now.getTime() !== this.at) {
      this.at = now.getTime();
      this.map.clear();
    }
    const hit = this.map.get(id);
    if (hit?.key === key) return hit.value;
    const value = compute();
    this.map.set(id, { key, value });
    return value;
  }
}

/** The priority queue: every open incident of a known account, in shared prioritizeIncidents order. */
export function buildQueue(input: QueueInput, now: Date, cache = new ClockCache()): QueueRow[] {
  const accounts = new Map(input.accounts.map((a) => [a.id, a]));
  const events = new Map<string, SpecialEvent[]>();
  for (const e of input.specialEvents) {
    const list = events.get(e.accountId);
    if (list) list.push(e);
    else events.set(e.accountId, [e]);
  }
  const settingsStamp = input.settings.updatedAt;
  const items: QueueItem[] = [];
  for (const incident of input.incidents) {
    const account = accounts.get(incident.accountId);
    if (account === undefined) continue; // its account is in the Trash
    const accountEvents = events.get(account.id) ?? [];
    const key = `${incident.updatedAt}|${account.updatedAt}|${settingsStamp}|${accountEvents.map((e) => e.updatedAt).join()}`;
    const own = cache.get(incident.id, key, now, () =>
      clockSummary(incident, account, input.settings, accountEvents, now),
    );
    items.push({
      id: incident.id,
      accountId: account.id,
      severity: incident.severity,
      plan: account.plan,
      timeLeftMs: own.timeLeftMs,
      reportedAt: Date.parse(incident.reportedAt),
      rankKey: incident.rankKey,
      incident,
      account,
      own,
    });
  }
  const byId = new Map(items.map((i) => [i.id, i]));
  return prioritizeIncidents(items, now).map((p) => {
    const from = p.inheritedFromId === null ? undefined : byId.get(p.inheritedFromId);
    return {
      p,
      incident: p.item.incident,
      account: p.item.account,
      shown: from?.own ?? p.item.own,
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

/** Keeps the queue order; "breached" and "at risk" together mean either. */
export function filterQueue(rows: readonly QueueRow[], f: QueueFilters): QueueRow[] {
  const needle = fold(f.text.trim());
  const anyState = f.breached || f.atRisk;
  return rows.filter((r) => {
    if (f.accountId !== '' && r.account.id !== f.accountId) return false;
    if (f.severity !== null && r.incident.severity !== f.severity) return false;
    if (f.plan !== null && r.account.plan !== f.plan) return false;
    if (f.sdm !== '' && (r.account.sdmName ?? '') !== f.sdm) return false;
    if (anyState) {
      const s = r.shown.state;
      if (!((f.breached && s === 'breached') || (f.atRisk && s === 'at-risk'))) return false;
    }
    if (needle !== '') {
      const hay = fold(`${r.incident.title} ${r.account.name}`);
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}

export function isFiltered(f: QueueFilters): boolean {
  return (Object.keys(NO_FILTERS) as Array<keyof QueueFilters>).some((k) =>
    k === 'text' ? f.text.trim() !== '' : f[k] !== NO_FILTERS[k],
  );
}

/** Accounts and SDMs present in the queue, sorted for the filter menus. */
export function queueFacets(rows: readonly QueueRow[]): {
  accounts: Array<{ id: string; name: string }>;
  sdms: string[];
} {
  const accounts = new Map<string, string>();
  const sdms = new Set<string>();
  for (const r of rows) {
    accounts.set(r.account.id, r.account.name);
    if (r.account.sdmName) sdms.add(r.account.sdmName);
  }
  return {
    accounts: [...accounts]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sdms: [...sdms].sort((a, b) => a.localeCompare(b)),
  };
}
