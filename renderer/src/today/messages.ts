import type { Widen } from '../i18n/widen';

/** Strings of the Today screen (t('today.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Today',
};

export const fr: Widen<typeof en> = {
  title: 'Aujourd’hui',
};
