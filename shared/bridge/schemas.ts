import { z } from 'zod';
import type { AppInfo, BridgeMethod, SaveFileResult } from './contract';

/**
 * https with a plain host name (no user:password@, no spaces), optional port, path, query and
 * fragment. A pattern rather than URL(): shared/ runs without the DOM library.
 */
const HTTPS_LINK =
  /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

/** Only web links the user can read in a browser; never file:, javascript:, custom schemes. */
export function isAllowedExternalUrl(value: string): boolean {
  return HTTPS_LINK.test(value);
}

const fileName = z
  .string()
  .min(1, 'A file name is required.')
  .max(200, 'The file name is too long (200 characters at most).')
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'The file name may not contain slashes or be "." or "..".',
  });

/** 200 MiB: far above any report or backup, small enough to refuse a runaway payload. */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileName,
  mimeType: z.string().min(1).max(100),
  data: z.union([
    z.string().max(MAX_SAVE_BYTES, 'The file is too large to save.'),
    z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'The file is too large to save.'),
  ]),
  filters: z
    .array(
      z.strictObject({
        name: z.string().min(1).max(100),
        extensions: z.array(z.string().regex(/^[A-Za-z0-9]{1,10}$/)).max(10),
      }),
    )
    .max(10)
    .optional(),
});

/** Argument schemas, as a tuple per method: main validates every call against these. */
export const bridgeArgSchemas = {
  getAppInfo: z.tuple([]),
  openExternal: z.tuple([
    z.string().max(2048).refine(isAllowedExternalUrl, 'Only https links can be opened.'),
  ]),
  saveFile: z.tuple([saveFileRequestSchema]),
} satisfies Record<BridgeMethod, z.ZodType>;

export const appInfoSchema: z.ZodType<AppInfo> = z.strictObject({
  version: z.string(),
  platform: z.enum(['linux', 'darwin', 'win32', 'web']),
  shell: z.enum(['electron', 'browser']),
});

export const saveFileResultSchema: z.ZodType<SaveFileResult> = z.union([
  z.strictObject({ saved: z.literal(true), path: z.string() }),
  z.strictObject({ saved: z.literal(false) }),
]);
