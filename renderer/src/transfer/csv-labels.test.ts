import { INCIDENT_CATEGORIES, INCIDENT_STATUSES, PLAN_IDS, SEVERITIES } from '@shared/domain/types';
import { describe, expect, it } from 'vitest';
import { csvLabel, matchLabel, normalizeLabel } from './csv-labels';

describe('CSV labels', () => {
  it.each([
    ['plan', 'carefor-business-plus', 'carefor-business-plus'],
    ['plan', 'CareFor Business Plus', 'carefor-business-plus'],
    ['plan', '  carefor business plus ', 'carefor-business-plus'],
    ['plan', 'CAREFOR ENTERPRISE', 'carefor-enterprise'],
    ['plan', 'premium', 'premium'],
    ['severity', '1', 1],
    ['severity', 'Gravité 1', 1],
    ['severity', 'gravite 2', 2],
    ['severity', 'Grav. 3', 3],
    ['severity', 'Sev 4', 4],
    ['severity', 'Severity 2', 2],
    ['severity', 'Critical', 1],
    ['severity', 'critique', 1],
    ['severity', 'Modérée', 3],
    ['severity', '2 · Major', 2],
    ['severity', '4 · Faible', 4],
    ['status', 'waiting-on-client', 'waiting-on-client'],
    ['status', 'En attente du client', 'waiting-on-client'],
    ['status', 'en attente du CLIENT', 'waiting-on-client'],
    ['status', 'Waiting on client', 'waiting-on-client'],
    ['status', 'Résolu', 'resolved'],
    ['status', 'resolu', 'resolved'],
    ['status', 'Clos', 'closed'],
    ['status', 'In progress', 'in-progress'],
    ['category', 'Système en panne', 'system-down'],
    ['category', 'systeme en panne', 'system-down'],
    ['category', 'System down', 'system-down'],
    ['category', 'interface', 'interface'],
  ] as const)('%s "%s" is %s', (kind, cell, id) => {
    expect(matchLabel(kind, cell)).toBe(id);
  });

  it.each([
    ['plan', 'CareFor'],
    ['plan', 'Gold'],
    ['severity', '5'],
    ['severity', 'Gravité 0'],
    ['severity', '1.5'],
    ['status', 'open'],
    ['status', 'Résolu ou clos'],
    ['category', 'network'],
    ['category', ''],
  ] as const)('%s "%s" names nothing', (kind, cell) => {
    expect(matchLabel(kind, cell)).toBeNull();
  });

  it('reads back every label it writes, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const id of PLAN_IDS) expect(matchLabel('plan', csvLabel('plan', id, lang))).toBe(id);
      for (const id of SEVERITIES)
        expect(matchLabel('severity', csvLabel('severity', id, lang))).toBe(id);
      for (const id of INCIDENT_STATUSES)
        expect(matchLabel('status', csvLabel('status', id, lang))).toBe(id);
      for (const id of INCIDENT_CATEGORIES)
        expect(matchLabel('category', csvLabel('category', id, lang))).toBe(id);
    }
  });

  it('writes the labels the app shows', () => {
    expect(csvLabel('plan', 'carefor-business-plus', 'fr')).toBe('CareFor Business Plus');
    expect(csvLabel('status', 'waiting-on-client', 'fr')).toBe('En attente du client');
    expect(csvLabel('status', 'waiting-on-client', 'en')).toBe('Waiting on client');
    expect(csvLabel('severity', 1, 'fr')).toBe('1 · Critique');
    expect(csvLabel('category', 'system-down', 'en')).toBe('System down');
  });

  it('ignores case, accents and punctuation, nothing else', () => {
    expect(normalizeLabel('  Gravité-1 ')).toBe('gravite 1');
    expect(normalizeLabel('ÉTAT: Résolu')).toBe('etat resolu');
    expect(normalizeLabel('Société Générale')).not.toBe(normalizeLabel('Societe General'));
  });
});
