import { z } from 'zod';
import type {
  AppInfo,
  BridgeMethod,
  ExportPdfResult,
  NotifyResult,
  SaveFileResult,
} from './contract';

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

/** Plain text of bounded length: a notification is a glance, and nothing may flood the OS. */
export const NOTIFY_TITLE_MAX = 120;
export const NOTIFY_BODY_MAX = 500;

export const notifyRequestSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'A notification needs a title.')
    .max(
      NOTIFY_TITLE_MAX,
      `The notification title is too long (${NOTIFY_TITLE_MAX} characters at most).`,
    ),
  body: z
    .string()
    .max(
      NOTIFY_BODY_MAX,
      `The notification text is too long (${NOTIFY_BODY_MAX} characters at most).`,
    ),
});

/**
 * An in-app print route only: '#/print/' then path segments and a query of plain characters.
 * No scheme, no host, no '..', so the hidden print window can never be pointed elsewhere.
 */
const PRINT_ROUTE = /^#\/print\/[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_.~%-]+)*(?:\?[A-Za-z0-9_.~%=&-]*)?$/;

export function isPrintRoute(route: string): boolean {
  return route.length <= 2048 && PRINT_ROUTE.test(route) && !route.includes('..');
}

export const exportPdfRequestSchema = z.strictObject({
  route: z.string().refine(isPrintRoute, 'Only in-app print routes (#/print/…) can be exported.'),
  suggestedName: fileName,
  paperSize: z.enum(['a4', 'letter']),
});

/** Secret names: short identifiers, so they can never become file paths. */
export const secretKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9.-]{0,63}$/, 'A secret name is a short lower-case identifier.');
export const MAX_SECRET_LENGTH = 16 * 1024;

/** Argument schemas, as a tuple per method: main validates every call against these. */
export const bridgeArgSchemas = {
  getAppInfo: z.tuple([]),
  openExternal: z.tuple([
    z.string().max(2048).refine(isAllowedExternalUrl, 'Only https links can be opened.'),
  ]),
  saveFile: z.tuple([saveFileRequestSchema]),
  notify: z.tuple([notifyRequestSchema]),
  exportPdf: z.tuple([exportPdfRequestSchema]),
  storeSecret: z.tuple([secretKeySchema, z.string().max(MAX_SECRET_LENGTH)]),
  readSecret: z.tuple([secretKeySchema]),
  deleteSecret: z.tuple([secretKeySchema]),
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

export const notifyResultSchema: z.ZodType<NotifyResult> = z.strictObject({ shown: z.boolean() });

export const exportPdfResultSchema: z.ZodType<ExportPdfResult> = z.union([
  z.strictObject({ saved: z.literal(true), path: z.string() }),
  z.strictObject({ saved: z.literal(false) }),
  z.strictObject({ printed: z.literal(true) }),
]);
