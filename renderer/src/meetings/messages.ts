import type { Widen } from '../i18n/widen';

/** Strings of the meetings feature (t('meetings.…')); fr must have the same keys: the type checks it. */
export const en = {
  newMeeting: 'New meeting',
} as const;

export const fr: Widen<typeof en> = {
  newMeeting: 'Nouvelle réunion',
};
