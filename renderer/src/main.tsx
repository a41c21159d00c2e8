import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { PreferencesEffects } from './app/PreferencesEffects';
import { createRouter } from './app/router';
import { applyTheme, resolveTheme } from './app/theme';
import { loadPreferences } from './db/preferences';
import { requestPersistentStorage } from './db/storage';
import { initI18n, resolveLanguage } from './i18n';
import './app/styles.css';

async function start(): Promise<void> {
  // Read preferences before the first paint so the app never flashes the wrong language or theme.
  void requestPersistentStorage();
  const preferences = await loadPreferences();
  applyTheme(resolveTheme(preferences.theme));
  await initI18n(resolveLanguage(preferences.language));
  const container = document.getElementById('root');
  if (container === null) throw new Error('Missing #root element');
  createRoot(container).render(
    <StrictMode>
      <PreferencesEffects />
      <RouterProvider router={createRouter()} />
    </StrictMode>,
  );
}

void start();
