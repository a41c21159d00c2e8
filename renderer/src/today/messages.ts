import type { Widen } from '../i18n/widen';

/** Strings of the Today screen (t('today.…')); fr must have the same keys: the type checks it. */
export const en = {
  title: 'Today',
  intro: 'What needs you now: one line per thing to do, each a link to the record.',
  scope: 'Show',
  mine: 'My accounts',
  team: 'Whole team',
  scopeCount_one: '{{count}} account',
  scopeCount_other: '{{count}} accounts',
  noName:
    'Set your name in Settings to see your accounts (those whose CSM or SDM has that name). Showing the whole team meanwhile.',
  noMine:
    'No account has “{{name}}” as its CSM or SDM. Check the spelling in Settings, or show the whole team.',
  openSettings: 'Open Settings',
  keyboardHint: 'Tab or ↑ ↓ to move between lines · Home End · Enter to open',
  mineHint:
    'Today shows “my accounts”: those whose CSM or SDM is this name, ignoring case, accents and extra spaces (“elise fournier” matches “Élise Fournier”).',
  breached: {
    title: 'Breached incidents',
    empty: 'None: no running SLA clock has passed its due time.',
  },
  atRisk: {
    title: 'Incidents at risk',
    empty: 'None: no running SLA clock is close to its due time.',
  },
  meetings: {
    title: 'Meetings this week',
    empty: 'No meeting in the next 7 days.',
  },
  actions: {
    title: 'Action items due',
    empty: 'No open action item is overdue or due in the next 7 days.',
    yours: 'Yours',
    owner: 'Owner: {{owner}}',
    due: 'Due {{date}}',
    overdue: 'Overdue since {{date}}',
  },
  releases: {
    title: 'Releases needing an assessment',
    empty: 'Every entitled account has assessed the next release.',
    noRelease: 'No upcoming release is recorded.',
    line: 'Assess {{version}} for {{account}}',
    out: 'out {{date}}',
  },
  quotas: {
    title: 'Quota warnings',
    empty: 'No allowance is used up or exceeded in its current period.',
  },
  reviews: {
    title: 'Reviews due',
    empty: 'No quarterly activity review is due in the next 14 days.',
    scheduled: 'Activity review on {{date}}: prepare the business review',
    unscheduled: 'Quarterly activity review due {{date}}: schedule it',
    overdue: 'Quarterly activity review overdue since {{date}}: schedule it',
  },
};

export const fr: Widen<typeof en> = {
  title: 'Aujourd’hui',
  intro: 'Ce qui vous attend : une ligne par chose à faire, chacune menant à sa fiche.',
  scope: 'Afficher',
  mine: 'Mes comptes',
  team: 'Toute l’équipe',
  scopeCount_one: '{{count}} compte',
  scopeCount_other: '{{count}} comptes',
  noName:
    'Indiquez votre nom dans les Paramètres pour voir vos comptes (ceux dont le CSM ou le SDM porte ce nom). En attendant, toute l’équipe est affichée.',
  noMine:
    'Aucun compte n’a « {{name}} » pour CSM ou SDM. Vérifiez l’orthographe dans les Paramètres, ou affichez toute l’équipe.',
  openSettings: 'Ouvrir les Paramètres',
  keyboardHint: 'Tab ou ↑ ↓ pour passer d’une ligne à l’autre · Début Fin · Entrée pour ouvrir',
  mineHint:
    'Aujourd’hui affiche « mes comptes » : ceux dont le CSM ou le SDM porte ce nom, sans tenir compte des majuscules, des accents ni des espaces en trop (« elise fournier » reconnaît « Élise Fournier »).',
  breached: {
    title: 'Incidents dépassés',
    empty: 'Aucun : aucune échéance SLA en cours n’est dépassée.',
  },
  atRisk: {
    title: 'Incidents à risque',
    empty: 'Aucun : aucune échéance SLA en cours n’est proche.',
  },
  meetings: {
    title: 'Réunions de la semaine',
    empty: 'Aucune réunion dans les 7 prochains jours.',
  },
  actions: {
    title: 'Actions à échéance',
    empty: 'Aucune action ouverte n’est en retard ni à échéance dans les 7 prochains jours.',
    yours: 'À vous',
    owner: 'Responsable : {{owner}}',
    due: 'Échéance le {{date}}',
    overdue: 'En retard depuis le {{date}}',
  },
  releases: {
    title: 'Versions à évaluer',
    empty: 'Tous les comptes concernés ont évalué la prochaine version.',
    noRelease: 'Aucune version à venir n’est enregistrée.',
    line: 'Évaluer {{version}} pour {{account}}',
    out: 'sortie le {{date}}',
  },
  quotas: {
    title: 'Alertes de quotas',
    empty: 'Aucune allocation n’est épuisée ni dépassée sur sa période en cours.',
  },
  reviews: {
    title: 'Revues à prévoir',
    empty: 'Aucune revue d’activité trimestrielle à prévoir dans les 14 prochains jours.',
    scheduled: 'Revue d’activité le {{date}} : préparer la revue',
    unscheduled: 'Revue d’activité trimestrielle prévue pour le {{date}} : à planifier',
    overdue: 'Revue d’activité trimestrielle en retard depuis le {{date}} : à planifier',
  },
};
