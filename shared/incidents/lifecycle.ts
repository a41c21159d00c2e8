/**
 * Incident lifecycle: the one place that decides which statuses are open or closed, when an
 * incident was resolved, what a new incident's first status entry and rank key are, and which
 * stamps a change sets. The form, the quick actions, CSV import, the demo, reports and exports
 * all use these.
 */
import { planAtLeast, type IncidentStatus, type PlanId, type Severity } from '../domain/types';
import { keyForInsertAt, type Ranked } from '../ranking/keys';
import type { Incident } from '../schemas/incident';

export const OPEN_STATUSES = [
  'new',
  'in-progress',
  'waiting-on-client',
] as const satisfies readonly IncidentStatus[];
export const CLOSED_STATUSES = ['resolved', 'closed'] as const satisfies readonly IncidentStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];
export type ClosedStatus = (typeof CLOSED_STATUSES)[number];

const OPEN = new Set<IncidentStatus>(OPEN_STATUSES);

export function isOpenStatus(status: IncidentStatus): status is OpenStatus {
  return OPEN.has(status);
}

export function isClosedStatus(status: IncidentStatus): status is ClosedStatus {
  return !OPEN.has(status);
}

/** What resolution rules read (the stored Incident and the SLA's inputs both fit). */
export interface ResolutionFacts {
  status: IncidentStatus;
  resolvedAt: string | null;
  statusHistory: ReadonlyArray<{ at: string; to: IncidentStatus }>;
}

/**
 * When the incident was resolved: its resolvedAt, else (a record without the stamp, e.g. older
 * data) its last status change to resolved or closed. Null while it is open.
 */
export function resolvedAtOf(incident: ResolutionFacts): string | null {
  if (incident.resolvedAt !== null) return incident.resolvedAt;
  if (!isClosedStatus(incident.status)) return null;
  const entry = [...incident.statusHistory].reverse().find((h) => isClosedStatus(h.to));
  return entry?.at ?? null;
}

/**
 * When the resolution clock stopped: the earlier of the workaround and the resolution
 * (resolvedAtOf). Null while neither happened. This is the SLA engine's rule.
 */
export function resolutionStopOf(
  incident: ResolutionFacts & Pick<Incident, 'workaroundAt'>,
): string | null {
  const stops = [incident.workaroundAt, resolvedAtOf(incident)].filter(
    (v): v is string => v !== null,
  );
  if (stops.length === 0) return null;
  return stops.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

/**
 * Whether the incident was open at an instant: reported by then and not yet resolved. The
 * status history says which status it had; before the record's first entry (an incident entered
 * or imported after the fact) it counts as open until resolvedAtOf.
 */
export function wasOpenAt(
  incident: ResolutionFacts & Pick<Incident, 'reportedAt'>,
  at: Date,
): boolean {
  const t = at.getTime();
  if (Date.parse(incident.reportedAt) > t) return false;
  const last = incident.statusHistory.filter((h) => Date.parse(h.at) <= t).at(-1);
  if (last !== undefined) return isOpenStatus(last.to);
  const resolved = resolvedAtOf(incident);
  return resolved === null || Date.parse(resolved) > t;
}

/**
 * The incident's severity at an instant: the `from` of its first severity change after it, else
 * its current severity (the history is in time order, as lifecycleChanges appends it).
 */
export function severityAt(
  incident: Pick<Incident, 'severity' | 'severityHistory'>,
  at: Date,
): Severity {
  const next = incident.severityHistory.find((h) => Date.parse(h.at) > at.getTime());
  return next?.from ?? incident.severity;
}

/** Fields a change may carry that the lifecycle reads; explicit stamps are kept as given. */
export type LifecyclePatch = Partial<
  Pick<Incident, 'status' | 'severity' | 'reportedAt' | 'respondedAt' | 'resolvedAt'>
>;

/** The later of two ISO instants: stamps may never precede the report time (schema rule). */
const notBefore = (at: string, floor: string): string =>
  Date.parse(at) < Date.parse(floor) ? floor : at;

/**
 * Given the stored incident (null when new) and a patch, returns the fields to write:
 * - a severity change appends {at, by, from, to} to severityHistory (lowering from 1 included);
 * - a status change appends to statusHistory; a new incident gets its first entry
 *   {at: now, by, from: null, to: status};
 * - leaving 'new' for the first time sets respondedAt if unset: taking the incident out of 'new'
 *   is the first response, which stops the response clock;
 * - becoming resolved or closed sets resolvedAt if unset; reopening clears it.
 * Stamps given in the patch (an import's respondedAt/resolvedAt) win over derived ones.
 */
export function lifecycleChanges<P extends LifecyclePatch>(
  before: Incident | null,
  patch: P,
  by: string,
  now: Date,
): P & Partial<Incident> {
  const at = now.toISOString();
  const out: P & Partial<Incident> = { ...patch };
  const reportedAt = patch.reportedAt ?? before?.reportedAt ?? at;
  const status = patch.status ?? before?.status;
  const severity = patch.severity ?? before?.severity;

  if (before !== null && severity !== undefined && severity !== before.severity) {
    out.severityHistory = [
      ...before.severityHistory,
      { at, by, from: before.severity, to: severity },
    ];
  }
  if (status !== undefined && status !== before?.status) {
    out.statusHistory = [
      ...(before?.statusHistory ?? []),
      { at, by, from: before?.status ?? null, to: status },
    ];
    if (status !== 'new' && (patch.respondedAt ?? before?.respondedAt ?? null) === null) {
      out.respondedAt = notBefore(at, reportedAt);
    }
    if (isClosedStatus(status) && (patch.resolvedAt ?? before?.resolvedAt ?? null) === null) {
      out.resolvedAt = notBefore(at, reportedAt);
    }
    if (isOpenStatus(status) && before !== null) out.resolvedAt = null;
  }
  return out;
}

/** What the creation rank key needs to know of the account's other incidents. */
export type RankedIncident = Ranked & Pick<Incident, 'accountId' | 'status' | 'deletedAt'>;

/**
 * Rank key of a new incident: the bottom of the client's ranking of open incidents on CareFor
 * plans (Business and up); null for other plans and for an incident created already closed.
 */
export function rankKeyOnCreate(
  account: { id: string; plan: PlanId } | undefined,
  status: IncidentStatus,
  incidents: readonly RankedIncident[],
): string | null {
  if (account === undefined || !planAtLeast(account.plan, 'carefor-business')) return null;
  if (!isOpenStatus(status)) return null;
  const ranked = incidents.filter(
    (i) =>
      i.accountId === account.id &&
      i.deletedAt === null &&
      isOpenStatus(i.status) &&
      i.rankKey !== null,
  );
  return keyForInsertAt(ranked, ranked.length);
}

/** Everything a new incident derives: the first status entry, stamps and its rank key. */
export function newIncidentFields<P extends LifecyclePatch & { status: IncidentStatus }>(
  input: P,
  ctx: {
    account: { id: string; plan: PlanId } | undefined;
    incidents: readonly RankedIncident[];
    by: string;
    now: Date;
  },
): P & Partial<Incident> & { rankKey: string | null } {
  return {
    ...lifecycleChanges(null, input, ctx.by, ctx.now),
    rankKey: rankKeyOnCreate(ctx.account, input.status, ctx.incidents),
  };
}
