import type { Preferences } from '../db/preferences-schema';

export type ResolvedTheme = 'light' | 'dark';

const darkQuery = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

export function resolveTheme(choice: Preferences['theme']): ResolvedTheme {
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

export function applyTheme(theme: ResolvedTheme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

/** Re-applies the theme when the OS switches while the user follows the system. */
export function watchSystemTheme(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
