import { RECORD_TABLES, recordSchemas } from '@shared/schemas/index';
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { humanizeField, syncFieldLabel, syncFieldLabelKey, syncFieldList } from './field-labels';

const LANGS = ['en', 'fr'] as const;

beforeAll(async () => {
  await initI18n('en');
});

afterAll(async () => {
  await i18next.changeLanguage('en');
});

/** The label in one language, through that language's own t. */
function label(table: string, field: string, lng: 'en' | 'fr'): string {
  return syncFieldLabel(table, field, i18next.getFixedT(lng), lng);
}

describe('sync field labels', () => {
  it.each(LANGS)('uses the label the forms show (%s)', (lng) => {
    const t = i18next.getFixedT(lng);
    expect(label('accounts', 'csmName', lng)).toBe(t('accounts.form.csm'));
    expect(label('accounts', 'annualSaasAmount', lng)).toBe(t('accounts.form.amount'));
    expect(label('incidents', 'severity', lng)).toBe(t('incidents.field.severity'));
    expect(label('meetings', 'startsAt', lng)).toBe(t('meetings.form.startsAt'));
    expect(label('actionItems', 'dueDate', lng)).toBe(t('meetings.form.actionDue'));
    expect(label('releaseAssessments', 'impact', lng)).toBe(t('releases.assess.impact'));
    expect(label('timeEntries', 'minutes', lng)).toBe(t('sync.fieldNames.minutes'));
    expect(label('workOrders', 'title', lng)).toBe(t('quotas.orders.scope'));
    expect(label('readinessAssessments', 'skillGaps', lng)).toBe(t('meetings.readiness.skillGaps'));
    expect(label('settings', 'atRiskFraction', lng)).toBe(t('settings.atRisk'));
  });

  it('names fields no form labels, in English and French', () => {
    expect(label('incidents', 'deletedAt', 'en')).toBe('In the Trash');
    expect(label('incidents', 'deletedAt', 'fr')).toBe('Dans la corbeille');
    expect(label('incidents', 'rankKey', 'en')).toBe('Position in the client’s ranking');
    expect(label('incidents', 'rankKey', 'fr')).toBe('Position dans le classement du client');
  });

  it('names a nested path as its form does, else by the field that holds it', () => {
    const t = i18next.getFixedT('en');
    expect(label('accounts', 'contacts.0.email', 'en')).toBe('Contact 1: email');
    expect(label('accounts', 'businessCalendar.hours.mon.1.end', 'en')).toBe('Monday, span 2: end');
    expect(label('accounts', 'businessCalendar.timeZone', 'en')).toBe(t('accounts.form.timeZone'));
    // A sub-field the form does not know: the list that holds it.
    expect(label('accounts', 'contacts.0.phone', 'en')).toBe(t('accounts.form.contacts'));
    expect(label('incidents', 'statusHistory.2.at', 'fr')).toBe('Historique des statuts');
    expect(label('settings', 'tierThresholds.business', 'en')).toBe(t('settings.tierBusiness'));
  });

  it('humanizes a field this version does not know', () => {
    expect(humanizeField('csmName')).toBe('Csm name');
    expect(humanizeField('slaURLTarget')).toBe('Sla url target');
    expect(label('accounts', 'renewalNoticeDays', 'fr')).toBe('Renewal notice days');
    expect(label('newTable', 'someField.0.x', 'en')).toBe('Some field');
    expect(label('accounts', 'constructor', 'en')).toBe('Constructor');
  });

  it('joins several fields the way each language lists things', () => {
    const fields = ['csmName', 'sdmName'];
    const t = i18next.getFixedT('fr');
    expect(syncFieldList('accounts', fields, t, 'fr')).toBe(
      `${t('accounts.form.csm')} et ${t('accounts.form.sdm')}`,
    );
    expect(syncFieldList('accounts', fields, i18next.getFixedT('en'), 'en')).toMatch(/ and /);
  });

  // A field added to a schema without a label here fails this test.
  it('labels every field of every record schema in both languages', () => {
    const missing: string[] = [];
    for (const table of RECORD_TABLES) {
      for (const field of Object.keys(recordSchemas[table].shape)) {
        const key = syncFieldLabelKey(table, field);
        for (const lng of LANGS) {
          const text = label(table, field, lng);
          const known = key !== undefined && i18next.exists(key, { lng, fallbackLng: false });
          if (!known || text === key || text.trim() === '')
            missing.push(`${lng} ${table}.${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
