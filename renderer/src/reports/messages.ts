/** Strings of the reports feature (t('reports.…')), one file per language. */
export { en } from './messages.en';
export { fr } from './messages.fr';
