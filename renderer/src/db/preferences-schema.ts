import { z } from 'zod';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const preferencesSchema = z.object({
  /** 'system' follows the OS language. */
  language: z.enum(['system', ...LANGUAGES]),
  /** 'system' follows the OS light/dark setting. */
  theme: z.enum(['system', 'light', 'dark']),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { language: 'system', theme: 'system' };
