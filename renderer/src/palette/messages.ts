import type { Widen } from '../i18n/widen';

/** Strings of the palette feature (t('palette.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Command palette',
} as const;

export const fr: Widen<typeof en> = {
  title: 'Palette de commandes',
};
