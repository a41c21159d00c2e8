/** The public face of sync/: what other features and the app may import from it. */
export { ConflictNotice, ListedConflicts } from './ConflictNotice';
export { SyncPage } from './SyncPage';
export { SyncStatus } from './SyncStatus';
export { useSyncLoop } from './useSyncLoop';
