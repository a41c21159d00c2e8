import type { Widen } from '../i18n/widen';

/** Strings of the accounts feature (t('accounts.…')); fr must have the same keys: the type checks it. */
export const en = {
  newAccount: 'New account',
} as const;

export const fr: Widen<typeof en> = {
  newAccount: 'Nouveau compte',
};
