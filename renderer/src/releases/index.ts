/** The public face of releases/: what other features and the app may import from it. */
export { AccountReleaseSection } from './AccountReleaseSection';
export { AssessmentFormPage } from './AssessmentFormPage';
export { ReleaseDetailPage } from './ReleaseDetailPage';
export { ReleaseFormPage } from './ReleaseFormPage';
export { ReleasesPage } from './ReleasesPage';
export { isEntitled, nextRelease } from './board';
export { formatDay, formatLocalDateTime, localToday } from './format';
