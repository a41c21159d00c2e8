import { isClosedStatus } from '../incidents/index';
import type {
  Incident,
  Meeting,
  Release,
  ReleaseAssessment,
  SpecialEvent,
  WorkOrder,
} from '../schemas/index';

export const TIMELINE_KINDS = [
  'meeting',
  'decision',
  'incident-opened',
  'incident-closed',
  'severity-change',
  'release-assessment',
  'special-event',
  'work-order',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One remembered event of the relationship; the UI words it from `kind` and `facts`. */
export interface TimelineEntry {
  /** Stable across rebuilds (React key). */
  key: string;
  kind: TimelineKind;
  /** ISO instant, or a date at 00:00Z for date-only records. */
  at: string;
  /** Whether `at` carries a time of day worth showing. */
  hasTime: boolean;
  title: string;
  /** Route of the record behind the entry, when it has a page. */
  href: string | null;
  facts: Record<string, string | number>;
}

export interface TimelineSources {
  meetings: readonly Meeting[];
  incidents: readonly Incident[];
  releaseAssessments: readonly ReleaseAssessment[];
  releases: readonly Release[];
  specialEvents: readonly SpecialEvent[];
  workOrders: readonly WorkOrder[];
}

/** When an incident finished: its last move into resolved/closed, else resolvedAt. */
function finishedAt(incident: Incident): string {
  const last = [...incident.statusHistory].reverse().find((c) => isClosedStatus(c.to));
  return last?.at ?? incident.resolvedAt ?? incident.updatedAt;
}

function* meetingEntries(meetings: readonly Meeting[]): Generator<TimelineEntry> {
  for (const m of meetings) {
    const href = `/meetings/${m.id}`;
    yield {
      key: `m:${m.id}`,
      kind: 'meeting',
      at: m.startsAt,
      hasTime: true,
      title: m.title,
      href,
      facts: { meetingKind: m.kind },
    };
    for (const [i, text] of m.decisions.entries()) {
      yield {
        key: `d:${m.id}:${i}`,
        kind: 'decision',
        at: m.startsAt,
        hasTime: true,
        title: text,
        href,
        facts: { meeting: m.title },
      };
    }
  }
}

function* incidentEntries(incidents: readonly Incident[]): Generator<TimelineEntry> {
  for (const inc of incidents) {
    const href = `/incidents/${inc.id}`;
    const first = inc.severityHistory[0]?.from ?? inc.severity;
    yield {
      key: `io:${inc.id}`,
      kind: 'incident-opened',
      at: inc.reportedAt,
      hasTime: true,
      title: inc.title,
      href,
      facts: { severity: first },
    };
    for (const [i, c] of inc.severityHistory.entries()) {
      yield {
        key: `is:${inc.id}:${i}`,
        kind: 'severity-change',
        at: c.at,
        hasTime: true,
        title: inc.title,
        href,
        facts: { from: c.from, to: c.to, by: c.by },
      };
    }
    if (isClosedStatus(inc.status)) {
      yield {
        key: `ic:${inc.id}`,
        kind: 'incident-closed',
        at: finishedAt(inc),
        hasTime: true,
        title: inc.title,
        href,
        facts: { status: inc.status },
      };
    }
  }
}

/**
 * The account timeline, newest first: meetings and their decisions, incidents opened and
 * closed, severity changes, release assessments (dated by their release), special events
 * and work orders. Pure: pass one account's live records. Ties keep a fixed order by key.
 */
export function buildTimeline(
  sources: TimelineSources,
  kinds: ReadonlySet<TimelineKind> = new Set(TIMELINE_KINDS),
): TimelineEntry[] {
  const releases = new Map(sources.releases.map((r) => [r.id, r]));
  const entries: TimelineEntry[] = [
    ...meetingEntries(sources.meetings),
    ...incidentEntries(sources.incidents),
  ];
  for (const a of sources.releaseAssessments) {
    const release = releases.get(a.releaseId);
    entries.push({
      key: `ra:${a.id}`,
      kind: 'release-assessment',
      at: release ? `${release.releaseDate}T00:00:00.000Z` : a.updatedAt,
      hasTime: release === undefined,
      title: release ? `${release.name} (${release.version})` : a.releaseId,
      href: null,
      facts: { impact: a.impact, readiness: a.readiness },
    });
  }
  for (const e of sources.specialEvents) {
    entries.push({
      key: `se:${e.id}`,
      kind: 'special-event',
      at: e.start,
      hasTime: true,
      title: e.title,
      href: null,
      facts: { eventKind: e.kind },
    });
  }
  for (const w of sources.workOrders) {
    entries.push({
      key: `wo:${w.id}`,
      kind: 'work-order',
      at: w.updatedAt,
      hasTime: false,
      title: w.title,
      href: null,
      facts: { status: w.status, quantity: w.quantity },
    });
  }
  return entries
    .filter((e) => kinds.has(e.kind))
    .sort((a, b) => {
      const ta = Date.parse(a.at);
      const tb = Date.parse(b.at);
      if (ta !== tb) return tb - ta;
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
}
