import { INCIDENT_STATUSES, SEVERITIES } from '@shared/domain/types';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { severityName, severityShort, statusLabel } from './labels';

beforeAll(async () => {
  await initI18n('en');
});
afterAll(async () => {
  await i18next.changeLanguage('en');
});

describe('incident labels', () => {
  it('names every status and severity, each differently, in English and French', async () => {
    for (const lang of ['en', 'fr']) {
      await i18next.changeLanguage(lang);
      const t = i18next.t;
      const statuses = INCIDENT_STATUSES.map((s) => statusLabel(t, s));
      const severities = SEVERITIES.map((s) => severityName(t, s));
      expect(new Set(statuses).size).toBe(INCIDENT_STATUSES.length);
      expect(new Set(severities).size).toBe(SEVERITIES.length);
      // A missing key comes back as the key itself.
      for (const label of [...statuses, ...severities]) expect(label).not.toMatch(/^incidents\./);
    }
  });

  it('speaks the current language', async () => {
    await i18next.changeLanguage('fr');
    expect(statusLabel(i18next.t, 'in-progress')).toBe('En cours');
    expect(severityShort(i18next.t, 1)).toBe('1 · Critique');
    await i18next.changeLanguage('en');
    expect(statusLabel(i18next.t, 'waiting-on-client')).toBe('Waiting on client');
    expect(severityShort(i18next.t, 4)).toBe('4 · Low');
  });
});
