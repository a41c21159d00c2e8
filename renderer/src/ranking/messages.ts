import type { Widen } from '../i18n/widen';

/** Strings of the client ranking panel, merged under queue.ranking (t('queue.ranking.…')). */
export const en = {
  title: 'Client ranking',
  intro:
    'The client’s order of business importance for open incidents. It refines the queue among incidents of equal severity.',
  keyboardHelp:
    'Drag an incident, or focus it and press Alt+↑ / Alt+↓ (Alt+Home / Alt+End for top / bottom).',
  notIncluded:
    'The {{plan}} plan does not include client ranking (CareFor Business and up). Open incidents are listed by report time.',
  listLabel: 'Open incidents in the client’s order',
  readOnlyListLabel: 'Open incidents',
  empty: 'No open incidents for this account.',
  unranked: 'not ranked yet',
  moveUp: 'Move “{{title}}” up',
  moveDown: 'Move “{{title}}” down',
  moved: '{{title}} moved to position {{position}} of {{total}}',
  notMoved: '{{title}} is already at position {{position}} of {{total}}',
  position: 'Position {{position}}',
} as const;

export const fr: Widen<typeof en> = {
  title: 'Classement du client',
  intro:
    'L’ordre d’importance métier des incidents ouverts fixé par le client. Il affine la file entre incidents de même gravité.',
  keyboardHelp:
    'Glissez un incident, ou placez le focus dessus et appuyez sur Alt+↑ / Alt+↓ (Alt+Début / Alt+Fin pour le haut / le bas).',
  notIncluded:
    'Le plan {{plan}} n’inclut pas le classement par le client (CareFor Business et au-delà). Les incidents ouverts sont listés par date de signalement.',
  listLabel: 'Incidents ouverts dans l’ordre du client',
  readOnlyListLabel: 'Incidents ouverts',
  empty: 'Aucun incident ouvert pour ce compte.',
  unranked: 'pas encore classé',
  moveUp: 'Monter « {{title}} »',
  moveDown: 'Descendre « {{title}} »',
  moved: '{{title}} déplacé en position {{position}} sur {{total}}',
  notMoved: '{{title}} est déjà en position {{position}} sur {{total}}',
  position: 'Position {{position}}',
};
