import type { Lang } from '@shared/domain/types';

/** The domain core speaks 'en' and 'fr'; anything else falls back to English. */
export function uiLang(language: string | undefined): Lang {
  return language?.startsWith('fr') ? 'fr' : 'en';
}
