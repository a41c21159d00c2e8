import { useTranslation } from 'react-i18next';
import { usePreferences, savePreferences } from '../db/preferences';
import { Page } from '../ui/Page';
import { AboutSection } from './AboutSection';
import { ChoiceGroup } from './ChoiceGroup';
import { StorageSection } from './StorageSection';
import { WorkspaceSection } from './WorkspaceSection';
import { YourNameSection } from './YourNameSection';
import '../accounts/accounts.css';
import './settings.css';

export function SettingsPage() {
  const { t } = useTranslation();
  const preferences = usePreferences();
  return (
    <Page title={t('settings.title')}>
      <section className="card" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">{t('settings.appearance')}</h2>
        {preferences ? (
          <>
            <ChoiceGroup
              name="language"
              legend={t('settings.language')}
              help={t('settings.languageHelp')}
              value={preferences.language}
              options={[
                { value: 'system', label: t('settings.system') },
                { value: 'en', label: t('settings.english'), lang: 'en' },
                { value: 'fr', label: t('settings.french'), lang: 'fr' },
              ]}
              onChange={(language) => void savePreferences({ language })}
            />
            <ChoiceGroup
              name="theme"
              legend={t('settings.theme')}
              value={preferences.theme}
              options={[
                { value: 'system', label: t('settings.system') },
                { value: 'light', label: t('settings.light') },
                { value: 'dark', label: t('settings.dark') },
              ]}
              onChange={(theme) => void savePreferences({ theme })}
            />
          </>
        ) : null}
      </section>
      {preferences ? <YourNameSection stored={preferences.displayName} /> : null}
      <WorkspaceSection />
      <StorageSection />
      <AboutSection />
    </Page>
  );
}
