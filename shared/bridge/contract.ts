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

/** A desktop notification: short plain text, no markup, no actions. */
export interface NotifyRequest {
  title: string;
  body: string;
}

/** shown: false when the OS or the browser cannot or may not show it (then alert in the app). */
export interface NotifyResult {
  shown: boolean;
}

/** Paper sizes the PDF export offers (workspace setting paperSize). */
export type PaperSize = 'a4' | 'letter';

/** Prints an in-app print route ('#/print/…') to a PDF file the user picks. */
export interface ExportPdfRequest {
  route: string;
  /** File name offered in the save dialog, e.g. "Acme – business review 2026-Q1.pdf". */
  suggestedName: string;
  paperSize: PaperSize;
}

/** 'printed': the browser's print dialog was opened (the user saves from it). */
export type ExportPdfResult = { saved: true; path: string } | { saved: false } | { printed: true };

/** Invoke-style methods: one ipcMain handler each, arguments validated in main. */
export interface StewardInvokeBridge {
  getAppInfo(): Promise<AppInfo>;
  /** Opens an https link in the user's browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  /** Asks where to save (native dialog, or a download in the browser) and writes the file. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Shows a system notification (Electron's Notification, or the browser's once allowed). */
  notify(request: NotifyRequest): Promise<NotifyResult>;
  /** Renders a print route to PDF (Electron: printToPDF + save dialog; browser: print dialog). */
  exportPdf(request: ExportPdfRequest): Promise<ExportPdfResult>;
  /**
   * Keeps a secret (the sync token): Electron safeStorage in main, IndexedDB in the browser.
   * `stored: false` when the computer offers no real encryption (Linux's `basic_text`, or none):
   * nothing is written, and the app asks for the password at each launch instead.
   */
  storeSecret(key: string, value: string): Promise<StoreSecretResult>;
  /** The stored secret, or null when there is none (or it can no longer be decrypted). */
  readSecret(key: string): Promise<string | null>;
  deleteSecret(key: string): Promise<void>;
}

export type StoreSecretResult =
  { stored: true } | { stored: false; reason: 'insecure-backend' | 'unavailable' };

/** Commands the application menu sends to the page; the preload drops anything else. */
export const MENU_COMMANDS = ['new-incident', 'new-account', 'find'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/** Events from main to the page: subscribe, get an unsubscribe function back. */
export interface StewardBridgeEvents {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** main → page channels, one per event method (sent with webContents.send). */
export const BRIDGE_EVENTS = {
  onMenuCommand: 'steward:menu',
} as const satisfies Record<keyof StewardBridgeEvents, string>;

export interface StewardBridge extends StewardInvokeBridge, StewardBridgeEvents {}

export type BridgeMethod = keyof StewardInvokeBridge;

/** Every method, in one list: the preload exposes exactly these, main handles exactly these. */
export const BRIDGE_METHODS = [
  'getAppInfo',
  'openExternal',
  'saveFile',
  'notify',
  'exportPdf',
  'storeSecret',
  'readSecret',
  'deleteSecret',
] as const satisfies readonly BridgeMethod[];

/** Compile-time check that the list above names every method of the interface. */
type Missing = Exclude<BridgeMethod, (typeof BRIDGE_METHODS)[number]>;
export const bridgeMethodsComplete: Missing extends never ? true : never = true;

export const BRIDGE_CHANNEL_PREFIX = 'steward:';
export const bridgeChannel = (method: BridgeMethod): string => `${BRIDGE_CHANNEL_PREFIX}${method}`;

/** Name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'steward';
