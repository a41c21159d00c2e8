export { incidentSla, slaClockAt } from './incident-sla';
export type {
  ClockCoverage,
  IncidentSla,
  SlaAccount,
  SlaBreach,
  SlaClock,
  SlaClockName,
  SlaIncident,
  SlaSegment,
  SlaSettings,
  SlaSpecialEvent,
  SlaState,
} from './incident-sla';
export { waitingOnClientPauses } from './pauses';
export { severitySegments, type SeveritySpan } from './segments';
export { advanceIncidentSla, pausesSettled, severitySettled, slaStableUntil } from './advance';
export { sameSlaInputs, slaAccountOf, slaInputsOf, type SlaInputs } from './inputs';
