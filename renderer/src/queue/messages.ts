import type { Widen } from '../i18n/widen';

/** Strings of the queue feature (t('queue.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Priority queue',
} as const;

export const fr: Widen<typeof en> = {
  title: 'File de priorité',
};
