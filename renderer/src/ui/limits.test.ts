import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fieldLimitIssues, TEXT_LIMITS } from '@shared/schemas/index';
import { changeLanguage, initI18n } from '../i18n';
import { tooLongText, translateTooLong } from './limits';

/** The message the schema gives for an account name one character over its limit. */
function tooLongNameMessage(): string {
  const [issue] = fieldLimitIssues('accounts', { name: 'x'.repeat(TEXT_LIMITS.name + 1) });
  return issue?.message ?? '';
}

describe('too-long messages', () => {
  it('words the schema’s limit message in English and French with the limit as a number', async () => {
    await initI18n('en');
    const message = tooLongNameMessage();
    expect(tooLongText(message, i18next.t)).toBe(
      'This is longer than 200 characters; shorten it to save.',
    );
    await changeLanguage('fr');
    expect(tooLongText(message, i18next.t)).toBe(
      'Ce texte dépasse 200 caractères ; raccourcissez-le pour enregistrer.',
    );
    expect(tooLongText('Account name is required', i18next.t)).toBeNull();
  });

  it('translates only the too-long messages of a refused save', async () => {
    await initI18n('en');
    const out = translateTooLong(
      { name: 'Notes is longer than 20000 characters; shorten it to save', plan: 'Plan must be…' },
      i18next.t,
    );
    expect(out).toEqual({
      name: 'This is longer than 20,000 characters; shorten it to save.',
      plan: 'Plan must be…',
    });
  });
});
