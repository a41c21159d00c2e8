import { z } from 'zod';

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

export const preferencesSchema = z.object({
  /** 'system' follows the OS language. */
  language: z.enum(['system', ...LANGUAGES]),
  /** 'system' follows the OS light/dark setting. */
  theme: z.enum(['system', 'light', 'dark']),
  /** Who "I" am on this device, written as `by` in histories; '' until set. */
  displayName: z.string().trim().max(80).default(''),
});

export type Preferences = z.output<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  language: 'system',
  theme: 'system',
  displayName: '',
};
