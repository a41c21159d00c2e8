/** The public face of timeline/: what other features and the app may import from it. */
export { AccountTimelineSection } from './AccountTimelineSection';
