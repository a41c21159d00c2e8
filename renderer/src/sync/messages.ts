import type { Widen } from '../i18n/widen';

/** Strings of the sync feature (t('sync.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Sync',
} as const;

export const fr: Widen<typeof en> = {
  title: 'Synchronisation',
};
