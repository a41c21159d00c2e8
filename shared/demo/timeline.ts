/** One incident's life: status and severity history consistent with its timestamps. */
import type { IncidentCategory, IncidentStatus, Severity } from '../domain/types';
import type { Incident, StatusChange } from '../schemas/incident';
import { DESCRIPTIONS, LIVE_ASSESSMENT_NOTES } from './catalog';
import { ENGINEER_NAMES } from './names';
import type { Rng } from './random';
import { DAY, HOUR, MINUTE, iso } from './random';

export interface TimelineInput {
  accountId: string;
  title: string;
  category: IncidentCategory;
  severity: Severity;
  interfaceId: string | null;
  extensionId: string | null;
  reportedAt: number;
  /** null: resolved (and usually closed) before now; else the status it has now. */
  openStatus: Extract<IncidentStatus, 'new' | 'in-progress' | 'waiting-on-client'> | null;
  /** Client contacts who report and answer; the SDM (or null) runs live assessments. */
  reporters: readonly string[];
  sdm: string | null;
  liveAssessment: boolean;
}

// Real-time spreads in minutes: [min, max] per severity 1..4.
const RESPOND: ReadonlyArray<readonly [number, number]> = [
  [5, 75],
  [10, 200],
  [30, 960],
  [60, 2880],
];
const RESOLVE: ReadonlyArray<readonly [number, number]> = [
  [60, 420],
  [240, 3000],
  [600, 14_000],
  [1440, 30_000],
];

function spread(rng: Rng, table: typeof RESPOND, severity: Severity): number {
  const [lo, hi] = table[severity - 1] ?? [60, 600];
  // Skewed towards the fast end: most incidents are handled well within target.
  const u = rng.next();
  return (lo + (hi - lo) * u * u) * MINUTE;
}

/** An incident being generated, with its place in the client's ranking (lower first). */
export interface Draft {
  inc: Incident;
  rankScore: number;
}

interface Step {
  at: number;
  to: IncidentStatus;
  by: string;
}

/**
 * Builds the incident (id left empty). Times never pass `now`: a resolved
 * timeline that would end in the future is compressed to end before it.
 */
export function buildIncident(input: TimelineInput, now: number, rng: Rng): Incident {
  const { reportedAt: r, severity } = input;
  const engineer = rng.pick(ENGINEER_NAMES);
  const reporter = rng.pick(input.reporters);
  let steps: Step[] = [{ at: r, to: 'new', by: reporter }];
  let respondedAt: number | null = null;
  let resolvedAt: number | null = null;
  let workaroundAt: number | null = null;

  if (input.openStatus === null) {
    respondedAt = r + spread(rng, RESPOND, severity);
    steps.push({ at: respondedAt, to: 'in-progress', by: engineer });
    let t = respondedAt + spread(rng, RESOLVE, severity) * rng.range(0.2, 0.6);
    if (rng.chance(0.3)) {
      steps.push({ at: t, to: 'waiting-on-client', by: engineer });
      t += rng.range(1, 72) * HOUR;
      steps.push({ at: t, to: 'in-progress', by: reporter });
    }
    resolvedAt = t + spread(rng, RESOLVE, severity) * rng.range(0.4, 0.8);
    if (severity <= 2 && rng.chance(0.4)) {
      workaroundAt = respondedAt + (resolvedAt - respondedAt) * rng.range(0.1, 0.5);
    }
    steps.push({ at: resolvedAt, to: 'resolved', by: engineer });
    const closeAt = resolvedAt + rng.range(0.5, 5) * DAY;
    steps.push({ at: closeAt, to: 'closed', by: rng.chance(0.6) ? reporter : engineer });
    // Compress into [r, now - 5 min] when the story would run past now.
    const limit = now - 5 * MINUTE;
    if (resolvedAt > limit) {
      const k = Math.max(0, limit - r) / (resolvedAt - r);
      const squeeze = (x: number) => r + (x - r) * k;
      steps = steps.map((s) => ({ ...s, at: squeeze(s.at) }));
      respondedAt = squeeze(respondedAt);
      resolvedAt = squeeze(resolvedAt);
      if (workaroundAt !== null) workaroundAt = squeeze(workaroundAt);
    }
    const last = steps[steps.length - 1];
    if (last !== undefined && last.at > now) steps.pop();
  } else if (input.openStatus !== 'new') {
    const age = now - r;
    respondedAt = r + Math.min(spread(rng, RESPOND, severity), age * rng.range(0.05, 0.4));
    steps.push({ at: respondedAt, to: 'in-progress', by: engineer });
    if (input.openStatus === 'waiting-on-client') {
      steps.push({
        at: respondedAt + (now - respondedAt) * rng.range(0.2, 0.8),
        to: 'waiting-on-client',
        by: engineer,
      });
    } else if (rng.chance(0.25)) {
      const from = respondedAt + (now - respondedAt) * rng.range(0.1, 0.5);
      const to = from + (now - from) * rng.range(0.1, 0.6);
      steps.push({ at: from, to: 'waiting-on-client', by: engineer });
      steps.push({ at: to, to: 'in-progress', by: reporter });
    }
    if (severity <= 2 && rng.chance(0.3))
      workaroundAt = respondedAt + (now - respondedAt) * rng.range(0.2, 0.7);
  }

  const end = steps[steps.length - 1]?.at ?? r;
  const severityHistory: Incident['severityHistory'] = [];
  if (rng.chance(0.15)) {
    const from = (
      severity === 1 ? 2 : severity === 4 ? 3 : severity + (rng.chance(0.5) ? 1 : -1)
    ) as Severity;
    severityHistory.push({
      at: iso(r + (end - r) * rng.range(0.05, 0.5)),
      by: input.sdm !== null && rng.chance(0.5) ? input.sdm : engineer,
      from,
      to: severity,
    });
  }
  const statusHistory: StatusChange[] = steps.map((s, k) => ({
    at: iso(s.at),
    by: s.by,
    from: k === 0 ? null : (steps[k - 1]?.to ?? null),
    to: s.to,
  }));
  const status = steps[steps.length - 1]?.to ?? 'new';
  const live =
    input.liveAssessment && respondedAt !== null
      ? {
          at: iso(respondedAt),
          by: input.sdm ?? engineer,
          channel: rng.chance(0.5) ? ('phone' as const) : ('screen-share' as const),
          notes: rng.pick(LIVE_ASSESSMENT_NOTES),
        }
      : null;
  const lastChange = Math.max(end, ...severityHistory.map((h) => Date.parse(h.at)));
  return {
    id: '',
    updatedAt: iso(Math.min(now, lastChange)),
    deletedAt: null,
    accountId: input.accountId,
    title: input.title,
    description: rng.pick(DESCRIPTIONS),
    severity,
    severityHistory,
    status,
    statusHistory,
    category: input.category,
    interfaceId: input.interfaceId,
    extensionId: input.extensionId,
    reportedAt: iso(r),
    respondedAt: respondedAt === null ? null : iso(respondedAt),
    resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
    workaroundAt: workaroundAt === null ? null : iso(workaroundAt),
    liveAssessment: live,
    rankKey: null,
    owner: status === 'new' ? null : engineer,
  };
}
