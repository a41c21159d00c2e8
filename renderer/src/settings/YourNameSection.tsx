import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { savePreferences } from '../db/preferences';
import { reportError } from '../ui/errors';
import { TextField } from '../ui/Field';
import { showToast } from '../ui/toast-store';

/** The device user's name, used as the author of their changes. */
export function YourNameSection({ stored }: { stored: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(stored);
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      await savePreferences({ displayName: name.trim() });
      showToast({ tone: 'success', message: t('settings.displayNameSaved') });
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <section className="card" aria-labelledby="you-heading">
      <h2 id="you-heading">{t('settings.you')}</h2>
      <form className="settings-inline" onSubmit={(e) => void submit(e)}>
        <TextField
          label={t('settings.displayName')}
          hint={t('settings.displayNameHint')}
          autoComplete="name"
          maxLength={80}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" disabled={name.trim() === stored}>
          {t('common.save')}
        </button>
      </form>
      <p className="hint">{t('today.mineHint')}</p>
    </section>
  );
}
