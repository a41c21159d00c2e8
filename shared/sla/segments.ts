import type { Severity } from '../domain/types';

/** A stretch of an incident's life at one severity: [from, to), `to` null for the current one. */
export interface SeveritySpan {
  severity: Severity;
  from: number;
  to: number | null;
}

export interface SeverityHistoryInput {
  severity: Severity;
  reportedAt: string;
  severityHistory: ReadonlyArray<{ at: string; from: Severity; to: Severity }>;
}

/**
 * The severity segments of an incident's life up to `now`. History hygiene (decided): entries
 * are sorted by time; one before the report counts as at the report; entries after `now`, or at
 * or after `stopAt` (the resolution clock's stop: a change then starts no new clocks), are
 * ignored; a change to the severity already in force starts nothing; several changes at one
 * instant leave the last (zero-length segments are dropped); the first segment's severity is the
 * first entry's `from`, and the stored `incident.severity` wins over the chain's last `to`
 * (imports and merges can disagree). No history: one segment at the current severity.
 */
export function severitySegments(
  incident: SeverityHistoryInput,
  now: number,
  stopAt: number | null,
): SeveritySpan[] {
  const reported = Date.parse(incident.reportedAt);
  if (incident.severityHistory.length === 0) {
    return [{ severity: incident.severity, from: reported, to: null }];
  }
  const chain = incident.severityHistory
    .map((h, i) => ({ at: Math.max(reported, Date.parse(h.at)), from: h.from, to: h.to, i }))
    .filter((h) => !Number.isNaN(h.at))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const first = chain[0];
  const out: Array<{ severity: Severity; from: number }> = [
    { severity: first === undefined ? incident.severity : first.from, from: reported },
  ];
  chain.forEach((h, k) => {
    if (h.at > now || (stopAt !== null && h.at >= stopAt)) return;
    const severity = k === chain.length - 1 ? incident.severity : h.to;
    const last = out[out.length - 1];
    if (last === undefined) return;
    if (h.at === last.from) last.severity = severity;
    else if (severity !== last.severity) out.push({ severity, from: h.at });
    // A replaced zero-length segment may now repeat the one before it: merge them.
    const prev = out[out.length - 2];
    const tail = out[out.length - 1];
    if (prev !== undefined && tail !== undefined && prev.severity === tail.severity) out.pop();
  });
  return out.map((s, i) => ({ ...s, to: out[i + 1]?.from ?? null }));
}
