import type { Widen } from '../i18n/widen';

/** Strings of the releases feature (t('releases.…')); fr must have the same keys: the type checks it. */
export const en = {
  newRelease: 'New release',
} as const;

export const fr: Widen<typeof en> = {
  newRelease: 'Nouvelle version',
};
