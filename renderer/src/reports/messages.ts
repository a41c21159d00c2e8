import type { Widen } from '../i18n/widen';

/** Strings of the reports feature (t('reports.…')); fr must have the same keys: the type checks it. */
export const en = {
  businessReview: 'Business review',
} as const;

export const fr: Widen<typeof en> = {
  businessReview: 'Revue d’activité',
};
