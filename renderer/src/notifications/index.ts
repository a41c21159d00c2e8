/** The public face of notifications/: what other features and the app may import from it. */
export { NotificationPrompt } from './NotificationPrompt';
export { useSlaWatcher } from './useSlaWatcher';
