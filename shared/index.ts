// Public face of the pure domain core. Named exports only.
export * from './calendar/index';
export * from './domain/types';
export { formatDuration } from './domain/format';
export * from './plans/index';
export * from './schemas/index';
export * from './queue/index';
export * from './ranking/index';
export * from './incidents/index';
export * from './quota/index';
export * from './sla/index';
export * from './roles/index';
export * from './bridge/index';
export * from './demo/index';
export * from './sync/index';
export * from './reports/index';
