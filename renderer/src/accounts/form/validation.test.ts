import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { StewardDatabase } from '../../db/database';
import { withTestDatabase } from '../../db/test-database';
import { RecordValidationError } from '../../db/errors';
import { saveRecord } from '../../db/records';
import { initI18n } from '../../i18n';
import { draftOf, newAccountDraft, recordOf, type AccountDraft } from './draft';
import { errorTarget, fieldLabel } from '../../ui/account-fields';
import { errorsByTarget, fieldId, translateMessage } from './errors';

let db: StewardDatabase;

beforeAll(async () => {
  await initI18n('en');
});
withTestDatabase('account-form', (opened) => {
  db = opened;
});
const valid = (): AccountDraft => ({
  ...newAccountDraft('acc-1', 'Claire Martin'),
  name: 'Nordhavn Logistics',
  annualSaasAmount: '2500000',
  timeZone: 'Europe/Paris',
});

async function refusal(draft: AccountDraft): Promise<Record<string, string>> {
  const error = await saveRecord('accounts', recordOf(draft)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RecordValidationError);
  return errorsByTarget((error as RecordValidationError).byField());
}

describe('account form validation mapping', () => {
  it('maps schema paths to the field that shows them', () => {
    expect(errorTarget('businessCalendar.timeZone')).toBe('timeZone');
    expect(errorTarget('businessCalendar.hours')).toBe('businessCalendar.hours');
    expect(errorTarget('businessCalendar.hours.mon.0.end')).toBe(
      'businessCalendar.hours.mon.0.end',
    );
    expect(errorTarget('businessCalendar.holidays.2')).toBe('businessCalendar.holidays');
    expect(errorTarget('managedServices.0')).toBe('managedServices');
    expect(fieldId('businessCalendar.hours.mon.0.end')).toBe(
      'account-businessCalendar-hours-mon-0-end',
    );
  });

  it('stores a valid draft, with the calendar in the account time zone and empty days left out', async () => {
    const draft = valid();
    draft.contacts = [{ id: 'c1', name: 'Ingrid', email: '', role: '', keyUser: true }];
    const saved = await saveRecord('accounts', recordOf(draft));
    expect(saved.businessCalendar.timeZone).toBe('Europe/Paris');
    expect(Object.keys(saved.businessCalendar.hours)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(saved.contacts[0]).toEqual({ id: 'c1', name: 'Ingrid', keyUser: true });
    expect(saved.sdmName).toBeNull();
    expect(draftOf(saved).calendar.hours.sat).toEqual([]);
  });

  it('stores holiday names trimmed, drops blank ones and those of removed dates, and reads them back', async () => {
    const draft = valid();
    draft.calendar.holidays = ['2026-05-01', '2026-12-25'];
    draft.calendar.holidayNames = {
      '2026-12-25': '  Christmas Day ',
      '2026-05-01': '   ',
      '2026-07-14': 'Bastille Day',
    };
    const saved = await saveRecord('accounts', recordOf(draft));
    expect(saved.businessCalendar.holidayNames).toEqual({ '2026-12-25': 'Christmas Day' });
    expect(draftOf(saved).calendar.holidayNames).toEqual({ '2026-12-25': 'Christmas Day' });
    draft.calendar.holidayNames = {};
    expect('holidayNames' in recordOf(draft).businessCalendar).toBe(false);
  });

  it('shows a too-long holiday name at the holidays, translated', async () => {
    const draft = valid();
    draft.calendar.holidays = ['2026-12-25'];
    draft.calendar.holidayNames = { '2026-12-25': 'x'.repeat(81) };
    const message = (await refusal(draft))['businessCalendar.holidays'] ?? '';
    expect(translateMessage(message, i18next.t)).toBe('Shorten the holiday name to 80 characters.');
  });

  it('puts each error at its field: name, one span, a contact email; and stores nothing', async () => {
    const draft = valid();
    draft.name = ' ';
    draft.annualSaasAmount = '';
    draft.calendar.hours.mon = [
      { start: '08:00', end: '12:00' },
      { start: '14:00', end: '13:00' },
    ];
    draft.contacts = [{ id: 'c1', name: 'Ingrid', email: 'nope', role: '', keyUser: false }];
    const errors = await refusal(draft);
    expect(Object.keys(errors).sort()).toEqual([
      'annualSaasAmount',
      'businessCalendar.hours.mon.1.end',
      'contacts.0.email',
      'name',
    ]);
    expect(translateMessage(errors['businessCalendar.hours.mon.1.end'] ?? '', i18next.t)).toBe(
      'The span must end after it starts.',
    );
    expect(fieldLabel('businessCalendar.hours.mon.1.end', i18next.t, 'en')).toBe(
      'Monday, span 2: end',
    );
    expect(fieldLabel('contacts.0.email', i18next.t, 'en')).toBe('Contact 1: email');
    expect(await db.accounts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('reports a week without working time and a bad time zone at the right controls', async () => {
    const draft = valid();
    draft.timeZone = 'Mars/Olympus';
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) draft.calendar.hours[day] = [];
    const errors = await refusal(draft);
    expect(errors.timeZone).toMatch(/IANA/);
    expect(errors['businessCalendar.hours']).toMatch(/no working time/);
  });

  it('translates known messages to French and passes unknown ones through', async () => {
    await i18next.changeLanguage('fr');
    expect(translateMessage('Account name is required', i18next.t)).toBe(
      'Saisissez le nom du compte.',
    );
    expect(translateMessage('Something new', i18next.t)).toBe('Something new');
    await i18next.changeLanguage('en');
  });
});
