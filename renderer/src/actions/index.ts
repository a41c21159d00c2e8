/** The public face of actions/: what other features and the app may import from it. */
export { ActionsPage } from './ActionsPage';
export { ActionsTable } from './ActionsTable';
export { isOverdue, sortActions } from './order';
