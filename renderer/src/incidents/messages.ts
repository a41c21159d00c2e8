/** Strings of the incidents feature (t('incidents.…')), one file per language. */
export { en } from './messages.en';
export { fr } from './messages.fr';
