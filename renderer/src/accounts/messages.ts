/** Strings of the accounts feature (t('accounts.…')), one file per language. */
export { en } from './messages.en';
export { fr } from './messages.fr';
