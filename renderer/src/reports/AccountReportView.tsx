import { ActivityReportView } from './ActivityReportView';
import { BusinessReviewView } from './BusinessReviewView';
import type { AccountReportProps } from './report-props';

/** The business review or the activity report: the same on screen and on paper. */
export function AccountReportView({
  kind,
  ...props
}: AccountReportProps & { kind: 'review' | 'activity' }) {
  return kind === 'review' ? <BusinessReviewView {...props} /> : <ActivityReportView {...props} />;
}
