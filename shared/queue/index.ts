export { prioritizeIncidents } from './priority';
export type { PrioritizedIncident, PriorityItem } from './priority';
export { explainPriority } from './explain';
export type { PriorityReason, PriorityReasonCode } from './explain';
