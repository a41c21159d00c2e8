import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import {
  incidentSla,
  slaAccountOf,
  sameSlaInputs,
  slaInputsOf,
  type IncidentSla,
  type SlaInputs,
} from '@shared/sla/index';
import type { SlaWatchData } from '../db/incidents';
import {
  alertKey,
  alertStateOf,
  decideSlaAlerts,
  MAX_SEPARATE_ALERTS,
  type SlaAlert,
  type WatchedIncident,
} from './decide';
import { nextAlertChangeAt } from './next-check';

/** What the watcher reads and writes; the defaults are the db/ layer's (see sla-watch-deps). */
export interface SlaWatchDeps {
  load: () => Promise<SlaWatchData>;
  /**
   * These incidents again, each open and live or else undefined; without it every change reads
   * everything again.
   */
  loadIncidents?: (ids: readonly string[]) => Promise<Array<Incident | undefined>>;
  loadNotified: () => Promise<Set<string>>;
  /** Records keys as sent; returns those no window had sent yet. */
  claim: (keys: readonly string[], now: Date) => Promise<string[]>;
  compute?: typeof incidentSla;
}

export interface SlaWatchOutcome {
  /**
   * Alerts to show now, claimed by this check so no other window shows them: breaches first,
   * at most MAX_SEPARATE_ALERTS (more become one summary: the page needs only their number).
   */
  alerts: SlaAlert[];
  /** How many alerts this check claimed. */
  count: number;
  /** Time zone of each alert's account, for its due time. */
  zones: Array<[incidentId: string, zone: string]>;
  /** The first incident whose SLA could not be computed, if any (it is skipped until edited). */
  problem: string | null;
  /** SLA computations this check made. */
  computed: number;
}

/** The incident fields the watcher keeps: SLA inputs, plus what an alert says and whose it is. */
type WatchIncident = SlaInputs & Pick<Incident, 'title' | 'owner'>;

interface Entry {
  incident: WatchIncident;
  account: Account;
  /** Stamps of what the SLA depends on besides the incident: account, settings, events. */
  deps: string;
  /** The instant `sla` is for; NaN before the first computation. */
  at: number;
  /** Until then the alert state stays as `sla` says (see nextAlertChangeAt). */
  nextAt: number;
  sla: Pick<IncidentSla, 'response' | 'resolution'> | null;
}

const slim = (i: Incident): WatchIncident => ({
  ...slaInputsOf(i),
  title: i.title,
  owner: i.owner,
});

/** More changed incidents than this before a check: reading them all again is as quick. */
const PATCH_LIMIT = 2_000;

/**
 * The SLA watcher's state and work, free of any Worker API (the worker runs it; tests and a page
 * without workers run it in process). It reads again only after a change (`markDirty`): just
 * the incidents written when only incidents were, everything otherwise. It computes an
 * incident's SLA only when it is new or changed, or when the instant its alert state can next
 * change has come: a check with nothing due computes nothing.
 */
export class SlaWatchCore {
  private readonly entries = new Map<string, Entry>();
  private readonly compute: typeof incidentSla;
  /** Read everything at the next check. */
  private dirtyAll = true;
  /** Else read these incidents again. */
  private dirtyIds = new Set<string>();
  private notified = new Set<string>();
  private userName: string | null = null;
  private settings: WorkspaceSettings | null = null;
  private events = new Map<string, SpecialEvent[]>();
  /** The live accounts of the open incidents, and a stamp of each one's special events. */
  private accounts = new Map<string, Account>();
  private stamps = new Map<string, string>();

  constructor(private readonly deps: SlaWatchDeps) {
    this.compute = deps.compute ?? incidentSla;
  }

  /**
   * Something the watcher reads has changed: read it again at the next check. `incidentIds`:
   * only these incidents were written; null (or nothing): anything may have been.
   */
  markDirty(incidentIds: readonly string[] | null = null): void {
    if (incidentIds === null || this.dirtyIds.size + incidentIds.length > PATCH_LIMIT) {
      this.dirtyAll = true;
      return;
    }
    for (const id of incidentIds) this.dirtyIds.add(id);
  }

  async check(now: Date): Promise<SlaWatchOutcome> {
    const reread = this.dirtyAll || this.dirtyIds.size > 0;
    if (reread) {
      const all = this.dirtyAll || this.deps.loadIncidents === undefined;
      const ids = [...this.dirtyIds];
      this.dirtyAll = false;
      this.dirtyIds = new Set();
      try {
        if (all || !(await this.patch(ids))) await this.reload();
      } catch (error) {
        this.dirtyAll = true;
        throw error;
      }
    }
    const { settings } = this;
    if (settings === null) return { alerts: [], count: 0, zones: [], problem: null, computed: 0 };
    const nowMs = now.getTime();
    const evaluated: Entry[] = [];
    let problem: string | null = null;
    for (const e of this.entries.values()) {
      // A clock set back makes an earlier answer unsafe to reuse.
      if (nowMs < e.nextAt && nowMs >= e.at) continue;
      const failed = this.evaluate(e, settings, now);
      problem ??= failed;
      evaluated.push(e);
    }
    // After a read every alerting incident is decided again: owners, this device's user name or
    // the keys other windows sent may have changed. Otherwise only those just computed.
    const decide = reread ? [...this.entries.values()] : evaluated;
    const watched: WatchedIncident[] = [];
    for (const e of decide) {
      if (e.sla === null || alertStateOf(e.sla) === null) continue;
      const { id, title, owner } = e.incident;
      watched.push({ id, title, owner, accountName: e.account.name, sla: e.sla });
    }
    const decision = decideSlaAlerts(watched, this.notified, this.userName);
    const computed = evaluated.length;
    const outcome: SlaWatchOutcome = { alerts: [], count: 0, zones: [], problem, computed };
    if (decision.markKeys.length === 0) return outcome;
    let claimed: Set<string>;
    try {
      claimed = new Set(await this.deps.claim(decision.markKeys, now));
    } catch (error) {
      this.dirtyAll = true; // decided again after the next read
      throw error;
    }
    for (const key of decision.markKeys) this.notified.add(key);
    // Another window may have claimed some first: it shows those.
    const all = decision.alerts.filter((a) => claimed.has(alertKey(a.incidentId, a.state)));
    const alerts = all.slice(0, MAX_SEPARATE_ALERTS);
    const zones = alerts.map((a): [string, string] => [
      a.incidentId,
      this.entries.get(a.incidentId)?.account.timeZone ?? 'UTC',
    ]);
    return { ...outcome, alerts, count: all.length, zones };
  }

  private evaluate(e: Entry, settings: WorkspaceSettings, now: Date): string | null {
    const events = this.events.get(e.account.id) ?? [];
    e.at = now.getTime();
    try {
      const sla = this.compute(e.incident, slaAccountOf(e.account), settings, events, now);
      e.sla = { response: sla.response, resolution: sla.resolution };
      const fraction = settings.atRiskFraction;
      e.nextAt = nextAlertChangeAt(sla, e.incident, now, fraction);
      return null;
    } catch (error) {
      // One bad record must not silence the others; it is tried again once edited.
      e.sla = null;
      e.nextAt = Number.POSITIVE_INFINITY;
      const message = error instanceof Error ? error.message : String(error);
      return `${e.incident.title}: ${message}`;
    }
  }

  private async reload(): Promise<void> {
    const [data, notified] = await Promise.all([this.deps.load(), this.deps.loadNotified()]);
    this.notified = notified;
    this.userName = data.userName;
    this.settings = data.settings;
    this.events = new Map();
    for (const event of data.specialEvents) {
      const list = this.events.get(event.accountId);
      if (list) list.push(event);
      else this.events.set(event.accountId, [event]);
    }
    this.stamps = new Map();
    for (const [id, list] of this.events) this.stamps.set(id, list.map((e) => e.updatedAt).join());
    this.accounts = data.accounts;
    const open = new Set<string>();
    for (const incident of data.incidents) {
      const account = data.accounts.get(incident.accountId);
      if (account === undefined) continue; // its account is in the Trash
      open.add(incident.id);
      this.keep(incident, account, data.settings);
    }
    for (const id of this.entries.keys()) if (!open.has(id)) this.entries.delete(id);
  }

  /**
   * Reads only these incidents again (only incidents were written): an open one is kept, a
   * closed, deleted or vanished one dropped. False when one belongs to an account the watcher
   * has not read (its first open incident, or an account in the Trash): read everything then.
   */
  private async patch(ids: string[]): Promise<boolean> {
    const { settings, deps } = this;
    if (settings === null || deps.loadIncidents === undefined) return false;
    const [rows, notified] = await Promise.all([deps.loadIncidents(ids), deps.loadNotified()]);
    const kept: Array<[Incident, Account]> = [];
    for (const incident of rows) {
      if (incident === undefined) continue;
      const account = this.accounts.get(incident.accountId);
      if (account === undefined) return false;
      kept.push([incident, account]);
    }
    this.notified = notified;
    for (const [k, id] of ids.entries()) if (rows[k] === undefined) this.entries.delete(id);
    for (const [incident, account] of kept) this.keep(incident, account, settings);
    return true;
  }

  /** Watches an open incident: computed again at the next check only if its clocks changed. */
  private keep(incident: Incident, account: Account, settings: WorkspaceSettings): void {
    const deps = `${account.updatedAt}|${settings.updatedAt}|${this.stamps.get(account.id) ?? ''}`;
    const e = this.entries.get(incident.id);
    if (e !== undefined && e.deps === deps && sameSlaInputs(e.incident, incident)) {
      // Same clocks; the alert text and owner follow the record.
      const { title, owner } = incident;
      if (e.incident.title !== title || e.incident.owner !== owner) {
        e.incident = { ...e.incident, title, owner };
      }
      e.account = account;
      return;
    }
    const due = { at: Number.NaN, nextAt: Number.NEGATIVE_INFINITY, sla: null };
    this.entries.set(incident.id, { incident: slim(incident), account, deps, ...due });
  }
}
