/**
 * The one typed contract between the renderer and the desktop shell.
 * Kept free of zod so the sandboxed preload bundles nothing but these names.
 */

export interface AppInfo {
  version: string;
  platform: 'linux' | 'darwin' | 'win32' | 'web';
  shell: 'electron' | 'browser';
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "steward-backup.json". */
  suggestedName: string;
  mimeType: string;
  /** Text content, or bytes for binary files such as PDFs. */
  data: string | Uint8Array;
  filters?: { name: string; extensions: string[] }[];
}

export type SaveFileResult = { saved: true; path: string } | { saved: false };

export interface StewardBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https link in the user's browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  /** Asks where to save (native dialog, or a download in the browser) and writes the file. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}

export type BridgeMethod = keyof StewardBridge;

/** Every method, in one list: the preload exposes exactly these, main handles exactly these. */
export const BRIDGE_METHODS = [
  'getAppInfo',
  'openExternal',
  'saveFile',
] as const satisfies readonly BridgeMethod[];

/** Compile-time check that the list above names every method of the interface. */
type Missing = Exclude<BridgeMethod, (typeof BRIDGE_METHODS)[number]>;
export const bridgeMethodsComplete: Missing extends never ? true : never = true;

export const BRIDGE_CHANNEL_PREFIX = 'steward:';
export const bridgeChannel = (method: BridgeMethod): string => `${BRIDGE_CHANNEL_PREFIX}${method}`;

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'steward';
