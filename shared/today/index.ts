export { foldName, isSamePerson, mineMatcher } from './mine';
export {
  addMonths,
  REVIEW_CADENCE_MONTHS,
  REVIEW_LOOKAHEAD_DAYS,
  reviewsDue,
  type ReviewDue,
} from './reviews';
