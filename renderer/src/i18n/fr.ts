import { fr as accounts } from '../accounts/messages';
import { fr as incidents } from '../incidents/messages';
import { fr as queueOwn } from '../queue/messages';
import { fr as ranking } from '../ranking/messages';
import { fr as trash } from '../trash/messages';
import { fr as palette } from '../palette/messages';
import { fr as meetingsOwn } from '../meetings/messages';
import { fr as actions } from '../actions/messages';
import { fr as readiness } from '../readiness/messages';
import { fr as roles } from '../roles/messages';
import { fr as timeline } from '../timeline/messages';
import { fr as releases } from '../releases/messages';
import { fr as quotas } from '../quotas/messages';
import { fr as reports } from '../reports/messages';
import { fr as transfer } from '../transfer/messages';
import { fr as sync } from '../sync/messages';
import { fr as settings } from '../settings/messages';
import { fr as today } from '../today/messages';
import type { Messages } from './en';

// Account sections (actions, timeline, roles, readiness) sit under meetings and the ranking
// panel under queue, where their keys have always been; each feature keeps its own catalogue.
const meetings = { ...meetingsOwn, actions, timeline, roles, readiness };
const queue = { ...queueOwn, ranking };

export const fr: Messages = {
  accounts,
  incidents,
  queue,
  trash,
  palette,
  meetings,
  releases,
  quotas,
  reports,
  transfer,
  sync,
  today,
  common: {
    toastsMore_one: '{{count}} message précédent',
    toastsMore_other: '{{count}} messages précédents',
    toastsFewer: 'N’afficher que le dernier',
    dismiss: 'Fermer',
    undo: 'Annuler',
    movedToTrash: '« {{name}} » placé dans la corbeille.',
    save: 'Enregistrer',
    cancel: 'Annuler',
    delete: 'Supprimer',
    edit: 'Modifier',
    loading: 'Chargement…',
    required: 'obligatoire',
    close: 'Fermer',
    search: 'Rechercher',
    all: 'Tous',
    none: 'Aucun',
    yes: 'Oui',
    no: 'Non',
    tooLong: 'Ce texte dépasse {{max, number}} caractères ; raccourcissez-le pour enregistrer.',
  },
  app: {
    name: 'Steward',
    skipToContent: 'Aller au contenu principal',
    mainNav: 'Navigation principale',
  },
  nav: {
    today: 'Aujourd’hui',
    accounts: 'Comptes',
    queue: 'File',
    meetings: 'Réunions',
    actions: 'Actions',
    releases: 'Versions',
    quotas: 'Quotas',
    reports: 'Rapports',
    importExport: 'Import et export',
    settings: 'Paramètres',
    trash: 'Corbeille',
  },
  empty: {
    accounts: {
      title: 'Aucun compte pour l’instant',
      body: 'Les comptes clients que vous suivez apparaîtront ici, avec leur offre, leur calendrier et leurs contacts.',
    },
    queue: {
      title: 'La file est vide',
      body: 'Les incidents ouverts de tous les comptes seront classés ici par gravité, offre et temps restant.',
    },
    meetings: {
      title: 'Aucune réunion pour l’instant',
      body: 'Les comités de pilotage, sessions de planification et leurs actions seront listés ici.',
    },
    releases: {
      title: 'Aucune version pour l’instant',
      body: 'Les mises à jour cloud mensuelles et leurs évaluations d’impact par compte apparaîtront ici.',
    },
    quotas: {
      title: 'Aucun quota à suivre pour l’instant',
      body: 'Les événements spéciaux, interfaces surveillées et allocations d’extensions seront suivis ici.',
    },
    reports: {
      title: 'Aucun rapport pour l’instant',
      body: 'Les revues d’activité et rapports d’activité, prêts à exporter en PDF, seront construits ici.',
    },
  },
  settings,
  errors: {
    title: 'Une erreur est survenue',
    reload: 'Recharger',
    notFound: 'Cette page n’existe pas.',
    backHome: 'Aller aux comptes',
  },
};
