/** The public face of today/: what other features and the app may import from it. */
export { TodayPage } from './TodayPage';
