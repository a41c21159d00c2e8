import type { Severity } from '@shared/domain/types';
import type { Account, Incident, SpecialEvent, WorkspaceSettings } from '@shared/schemas/index';
import { incidentSla, slaAccountOf, type IncidentSla, type SlaSegment } from '@shared/sla/index';

/** What a severity change would do to the clocks, computed by the SLA engine itself. */
export interface SeverityChangePreview {
  from: Severity;
  to: Severity;
  /** The segment the change would end (its clocks as they would stand), or null. */
  ended: SlaSegment | null;
  /** The segment the change would start, or null when it starts none (a resolved incident). */
  started: SlaSegment | null;
  sla: IncidentSla;
}

/**
 * The incident's SLA with the change appended to its severity history at `now`, as saving it
 * would record it.
 */
export function previewSeverityChange(
  incident: Incident,
  to: Severity,
  account: Account,
  settings: WorkspaceSettings,
  events: readonly SpecialEvent[],
  now: Date,
): SeverityChangePreview {
  const changed = {
    ...incident,
    severity: to,
    severityHistory: [
      ...incident.severityHistory,
      { at: now.toISOString(), by: '', from: incident.severity, to },
    ],
  };
  const sla = incidentSla(changed, slaAccountOf(account), settings, events, now);
  const last = sla.segments[sla.segments.length - 1];
  const startsNow = last !== undefined && last.from.getTime() === now.getTime();
  return {
    from: incident.severity,
    to,
    ended: startsNow ? (sla.segments[sla.segments.length - 2] ?? null) : null,
    started: startsNow ? last : null,
    sla,
  };
}
