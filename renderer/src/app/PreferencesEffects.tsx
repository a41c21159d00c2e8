import { useEffect } from 'react';
import { usePreferences } from '../db/preferences';
import { changeLanguage, resolveLanguage } from '../i18n';
import { applyTheme, resolveTheme, watchSystemTheme } from './theme';

/** Keeps language and theme in step with the stored preferences and the OS. */
export function PreferencesEffects(): null {
  const preferences = usePreferences();
  const theme = preferences?.theme;
  const language = preferences?.language;

  useEffect(() => {
    if (theme === undefined) return;
    applyTheme(resolveTheme(theme));
    if (theme !== 'system') return;
    return watchSystemTheme(() => applyTheme(resolveTheme('system')));
  }, [theme]);

  useEffect(() => {
    if (language !== undefined) void changeLanguage(resolveLanguage(language));
  }, [language]);

  return null;
}
