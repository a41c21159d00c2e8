import type { Widen } from '../i18n/widen';

/** Strings of the trash feature (t('trash.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Trash',
  intro:
    'Deleted items stay here until you restore them. “Delete forever” removes an item from this device only; other synced devices keep it in their Trash.',
  emptyTitle: 'The Trash is empty',
  emptyBody:
    'Accounts, incidents, meetings and other items you delete will wait here, ready to be restored.',
  caption: 'Deleted items, most recently deleted first',
  what: 'Item',
  type: 'Type',
  deleted: 'Deleted',
  actions: 'Actions',
  restore: 'Restore',
  restoreLabel: 'Restore “{{name}}”',
  purge: 'Delete forever',
  purgeLabel: 'Delete forever “{{name}}”',
  purgeTitle: 'Delete forever?',
  purgeBody:
    '“{{name}}” will be removed from this device and cannot be restored here. Other devices that already synced it keep their copy in their Trash.',
  restored: '“{{name}}” restored.',
  purged: '“{{name}}” deleted forever from this device.',
  untitled: 'Untitled',
  tables: {
    accounts: 'Account',
    incidents: 'Incident',
    meetings: 'Meeting',
    actionItems: 'Action item',
    releases: 'Release',
    releaseAssessments: 'Release assessment',
    specialEvents: 'Special event',
    timeEntries: 'Time entry',
    workOrders: 'Work order',
    readinessAssessments: 'Readiness assessment',
    settings: 'Settings',
  },
} as const;

export const fr: Widen<typeof en> = {
  title: 'Corbeille',
  intro:
    'Les éléments supprimés restent ici jusqu’à ce que vous les restauriez. « Supprimer définitivement » retire un élément de cet appareil seulement ; les autres appareils synchronisés le gardent dans leur corbeille.',
  emptyTitle: 'La corbeille est vide',
  emptyBody:
    'Les comptes, incidents, réunions et autres éléments que vous supprimez attendront ici, prêts à être restaurés.',
  caption: 'Éléments supprimés, du plus récent au plus ancien',
  what: 'Élément',
  type: 'Type',
  deleted: 'Supprimé le',
  actions: 'Actions',
  restore: 'Restaurer',
  restoreLabel: 'Restaurer « {{name}} »',
  purge: 'Supprimer définitivement',
  purgeLabel: 'Supprimer définitivement « {{name}} »',
  purgeTitle: 'Supprimer définitivement ?',
  purgeBody:
    '« {{name}} » sera retiré de cet appareil et ne pourra plus y être restauré. Les autres appareils qui l’ont déjà synchronisé gardent leur copie dans leur corbeille.',
  restored: '« {{name}} » restauré.',
  purged: '« {{name}} » supprimé définitivement de cet appareil.',
  untitled: 'Sans titre',
  tables: {
    accounts: 'Compte',
    incidents: 'Incident',
    meetings: 'Réunion',
    actionItems: 'Action',
    releases: 'Version',
    releaseAssessments: 'Évaluation de version',
    specialEvents: 'Événement spécial',
    timeEntries: 'Temps saisi',
    workOrders: 'Ordre de travail',
    readinessAssessments: 'Évaluation de préparation',
    settings: 'Paramètres',
  },
};
