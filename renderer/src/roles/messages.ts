import type { Widen } from '../i18n/widen';

/** Strings of the roles matrix (t('meetings.roles.…')). */
export const en = {
  title: 'Roles and responsibilities',
  pageTitle: 'Roles and responsibilities — {{account}}',
  intro:
    'Who does what for this client. Tick the duties the client contracted out under managed services: they move to the vendor.',
  area: 'Area',
  duty: 'Duty',
  vendor: 'Vendor',
  client: 'Client',
  managed: 'Managed services',
  responsible: 'Responsible',
  contracted: 'Contracted out',
  viaManaged: 'Vendor (managed services)',
  contractFor: 'Contract out to the vendor: {{duty}}',
  saved: 'Managed services updated.',
  notOptional: 'Not optional',
  print: 'Print',
  openPrintable: 'Printable view',
  back: 'Back to the account',
  summary: '{{count}} duties contracted out under managed services',
  notFound: 'This account does not exist or is in the Trash.',
} as const;

export const fr: Widen<typeof en> = {
  title: 'Rôles et responsabilités',
  pageTitle: 'Rôles et responsabilités — {{account}}',
  intro:
    'Qui fait quoi pour ce client. Cochez les tâches confiées à l’éditeur par un contrat de services gérés : elles passent du côté de l’éditeur.',
  area: 'Domaine',
  duty: 'Tâche',
  vendor: 'Éditeur',
  client: 'Client',
  managed: 'Services gérés',
  responsible: 'Responsable',
  contracted: 'Confiée à l’éditeur',
  viaManaged: 'Éditeur (services gérés)',
  contractFor: 'Confier à l’éditeur : {{duty}}',
  saved: 'Services gérés mis à jour.',
  notOptional: 'Non optionnel',
  print: 'Imprimer',
  openPrintable: 'Version imprimable',
  back: 'Retour au compte',
  summary: '{{count}} tâches confiées à l’éditeur (services gérés)',
  notFound: 'Ce compte n’existe pas ou se trouve dans la corbeille.',
};
