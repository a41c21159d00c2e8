export {
  CLOSED_STATUSES,
  isClosedStatus,
  isOpenStatus,
  lifecycleChanges,
  newIncidentFields,
  OPEN_STATUSES,
  rankKeyOnCreate,
  resolutionStopOf,
  resolvedAtOf,
  severityAt,
  wasOpenAt,
} from './lifecycle';
export type {
  ClosedStatus,
  LifecyclePatch,
  OpenStatus,
  RankedIncident,
  ResolutionFacts,
} from './lifecycle';
