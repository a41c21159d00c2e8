import type { Widen } from '../i18n/widen';

/** Strings of the account timeline (t('meetings.timeline.…')). */
export const en = {
  title: 'Timeline',
  filterLabel: 'Show',
  empty: 'Nothing has happened on this account yet.',
  noMatch: 'Nothing of these kinds yet.',
  count: '{{count}} events',
  group: {
    meetings: 'Meetings and decisions',
    incidents: 'Incidents',
    releases: 'Release assessments',
    events: 'Special events',
    workOrders: 'Work orders',
  },
  kind: {
    meeting: 'Meeting',
    decision: 'Decision',
    'incident-opened': 'Incident opened',
    'incident-closed': 'Incident closed',
    'severity-change': 'Severity changed',
    'release-assessment': 'Release assessment',
    'special-event': 'Special event',
    'work-order': 'Work order',
  },
  detail: {
    decision: 'In “{{meeting}}”',
    opened: 'Severity {{severity}}',
    closed: 'Status: {{status}}',
    severity: 'Severity {{from}} → {{to}}, by {{by}}',
    assessment: 'Impact: {{impact}} · readiness: {{readiness}}',
    workOrder: 'Status: {{status}} · quantity {{quantity}}',
  },
  showMore: 'Show {{count}} more',
  eventKind: {
    'go-live': 'Go-live',
    'disaster-recovery-test': 'Disaster-recovery test',
    'special-project': 'Special project',
    other: 'Other event',
  },
  workOrderStatus: {
    draft: 'draft',
    requested: 'requested',
    signed: 'signed',
    cancelled: 'cancelled',
  },
} as const;

export const fr: Widen<typeof en> = {
  title: 'Historique',
  filterLabel: 'Afficher',
  empty: 'Rien ne s’est encore passé sur ce compte.',
  noMatch: 'Rien de ces types pour le moment.',
  count: '{{count}} événements',
  group: {
    meetings: 'Réunions et décisions',
    incidents: 'Incidents',
    releases: 'Évaluations de version',
    events: 'Événements spéciaux',
    workOrders: 'Ordres de travail',
  },
  kind: {
    meeting: 'Réunion',
    decision: 'Décision',
    'incident-opened': 'Incident ouvert',
    'incident-closed': 'Incident clos',
    'severity-change': 'Gravité modifiée',
    'release-assessment': 'Évaluation de version',
    'special-event': 'Événement spécial',
    'work-order': 'Ordre de travail',
  },
  detail: {
    decision: 'Dans « {{meeting}} »',
    opened: 'Gravité {{severity}}',
    closed: 'Statut : {{status}}',
    severity: 'Gravité {{from}} → {{to}}, par {{by}}',
    assessment: 'Impact : {{impact}} · préparation : {{readiness}}',
    workOrder: 'Statut : {{status}} · quantité {{quantity}}',
  },
  showMore: 'Afficher {{count}} de plus',
  eventKind: {
    'go-live': 'Mise en production',
    'disaster-recovery-test': 'Test de reprise après sinistre',
    'special-project': 'Projet spécial',
    other: 'Autre événement',
  },
  workOrderStatus: {
    draft: 'brouillon',
    requested: 'demandé',
    signed: 'signé',
    cancelled: 'annulé',
  },
};
