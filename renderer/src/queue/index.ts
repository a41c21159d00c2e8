/** The public face of queue/: what other features and the app may import from it. */
export { QueuePage } from './QueuePage';
export { TimeLeft } from './TimeLeft';
export { clockSummary, fold } from './queue-model';
export type { ClockSummary, QueueRow } from './queue-model';
export type { QueueSnapshot } from './queue-view';
export { useQueue } from './useQueue';
