import type { Widen } from '../i18n/widen';

/** Strings of the incidents feature (t('incidents.…')); fr must have the same keys: the type checks it. */
export const en = {
  newIncident: 'New incident',
} as const;

export const fr: Widen<typeof en> = {
  newIncident: 'Nouvel incident',
};
