export { incidentSla, slaClockAt } from './incident-sla';
export type {
  IncidentSla,
  SlaAccount,
  SlaClock,
  SlaIncident,
  SlaSettings,
  SlaSpecialEvent,
  SlaState,
} from './incident-sla';
export { waitingOnClientPauses } from './pauses';
export { advanceIncidentSla, pausesSettled } from './advance';
export { sameSlaInputs, slaInputsOf, type SlaInputs } from './inputs';
