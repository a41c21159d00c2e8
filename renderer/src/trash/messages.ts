import type { Widen } from '../i18n/widen';

/** Strings of the trash feature (t('trash.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Trash',
} as const;

export const fr: Widen<typeof en> = {
  title: 'Corbeille',
};
