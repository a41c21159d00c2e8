import type { Widen } from '../i18n/widen';

/** Strings of the quotas feature (t('quotas.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Quotas',
} as const;

export const fr: Widen<typeof en> = {
  title: 'Quotas',
};
