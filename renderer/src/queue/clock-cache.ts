import { workingTimeBetween, type WorkingCalendar } from '@shared/calendar/index';
import type { Coverage, IncidentStatus } from '@shared/domain/types';
import {
  advanceIncidentSla,
  pausesSettled,
  severitySettled,
  slaStableUntil,
  type IncidentSla,
  type SlaState,
} from '@shared/sla/index';

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
  /** A breach lies in the record (an earlier severity, a clock already stopped late). */
  breachedEarlier: boolean;
}

export function summarizeSla(sla: IncidentSla): ClockSummary {
  const { coverage, timeZone } = sla.explanation;
  const hadBreach = sla.breaches.length > 0;
  let nearest: 'response' | 'resolution' | null = null;
  for (const clock of ['response', 'resolution'] as const) {
    const c = sla[clock];
    if (c.stoppedAt !== null) continue;
    if (nearest === null || c.timeLeftMs < sla[nearest].timeLeftMs) nearest = clock;
  }
  if (nearest === null) {
    const none = { timeLeftMs: null, dueAt: null, breachedSince: null };
    return { clock: null, state: 'none', ...none, coverage, timeZone, breachedEarlier: hadBreach };
  }
  const c = sla[nearest];
  return {
    clock: nearest,
    timeLeftMs: c.timeLeftMs,
    state: c.state,
    dueAt: c.dueAt,
    breachedSince: c.breachedSince,
    coverage: sla.explanation.clocks[nearest].coverage,
    timeZone,
    breachedEarlier: hadBreach && c.state !== 'breached',
  };
}

/** What a clock depends on besides the incident: its account, the settings, special events. */
export interface ClockDeps {
  account: { updatedAt: string };
  settings: { updatedAt: string; atRiskFraction: number };
  /** The account's special events, as a string that changes when they do. */
  eventsStamp: string;
}

interface Entry extends ClockDeps {
  incident: object;
  key: string;
  /** The instant `sla` is computed for. */
  at: number;
  sla: IncidentSla;
  /** Pauses and severity final from `at` on: later ticks only subtract working time. */
  settled: boolean;
  /** Up to then no running clock's coverage changes (epoch ms). */
  stableUntil: number;
  summary: ClockSummary;
  pass: number;
}

type CacheIncident = {
  id: string;
  updatedAt: string;
  statusHistory: ReadonlyArray<{ at: string; to: IncidentStatus }>;
  severityHistory: ReadonlyArray<{ at: string }>;
};

const keyOf = (incident: CacheIncident, d: ClockDeps) =>
  `${incident.updatedAt}|${d.account.updatedAt}|${d.settings.updatedAt}|${d.eventsStamp}`;

/**
 * Clock summaries across ticks. An entry is computed in full once per version of what it
 * depends on (same objects, or else the same updatedAt stamps); on later ticks an incident that
 * is not waiting on the client is advanced by the working time elapsed since: one
 * workingTimeBetween per calendar per tick instead of two calendar walks per incident.
 */
export class ClockCache {
  readonly stats = { computed: 0, advanced: 0 };
  private readonly entries = new Map<string, Entry>();
  private readonly elapsed = new WeakMap<
    WorkingCalendar,
    { from: number; to: number; ms: number }
  >();
  private pass = 0;
  private seen = 0;

  /** Incidents with a computed clock. */
  get size(): number {
    return this.entries.size;
  }

  get(
    incident: CacheIncident,
    deps: ClockDeps,
    now: Date,
    compute: () => IncidentSla,
  ): ClockSummary {
    const nowMs = now.getTime();
    const hit = this.entries.get(incident.id);
    if (hit !== undefined && this.current(hit, incident, deps)) {
      if (hit.pass !== this.pass) this.seen++;
      hit.pass = this.pass;
      if (hit.at === nowMs) return hit.summary;
      if (hit.settled && nowMs > hit.at && nowMs <= hit.stableUntil) {
        const from = hit.at;
        const fraction = deps.settings.atRiskFraction;
        hit.sla = advanceIncidentSla(hit.sla, new Date(from), now, fraction, (calendar) =>
          this.elapsedMs(calendar, from, nowMs),
        );
        hit.at = nowMs;
        hit.summary = summarizeSla(hit.sla);
        this.stats.advanced++;
        return hit.summary;
      }
    }
    const sla = compute();
    const entry: Entry = {
      ...deps,
      incident,
      key: keyOf(incident, deps),
      at: nowMs,
      sla,
      settled:
        pausesSettled(incident.statusHistory, now) &&
        severitySettled(incident.severityHistory, now),
      stableUntil: slaStableUntil(sla),
      summary: summarizeSla(sla),
      pass: this.pass,
    };
    if (hit?.pass !== this.pass) this.seen++;
    this.entries.set(incident.id, entry);
    this.stats.computed++;
    return entry.summary;
  }

  /** Same objects (the worker keeps them) or, for fresh copies, the same stamps. */
  private current(e: Entry, incident: CacheIncident, d: ClockDeps): boolean {
    const same =
      e.incident === incident &&
      e.account === d.account &&
      e.settings === d.settings &&
      e.eventsStamp === d.eventsStamp;
    if (same) return true;
    if (e.key !== keyOf(incident, d)) return false;
    e.incident = incident;
    e.account = d.account;
    e.settings = d.settings;
    e.eventsStamp = d.eventsStamp;
    return true;
  }

  /** Starts a pass over the whole queue; endPass drops the entries it did not ask for. */
  beginPass(): void {
    this.pass++;
    this.seen = 0;
  }

  endPass(): void {
    if (this.entries.size === this.seen) return;
    for (const [id, e] of this.entries) if (e.pass !== this.pass) this.entries.delete(id);
  }

  /** Drops an entry whose record changed in a way its key may not show. */
  forget(id: string): void {
    this.entries.delete(id);
  }

  private elapsedMs(calendar: WorkingCalendar, from: number, to: number): number {
    const memo = this.elapsed.get(calendar);
    if (memo?.from === from && memo.to === to) return memo.ms;
    const ms = workingTimeBetween(new Date(from), new Date(to), calendar);
    this.elapsed.set(calendar, { from, to, ms });
    return ms;
  }
}
