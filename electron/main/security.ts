import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { isAllowedExternalUrl } from '../../shared/bridge';
import { APP_ORIGIN } from './protocol';

/** The web preferences every window gets: isolated, sandboxed, no Node. */
export function secureWebPreferences(
  preloadPath: string,
  /** app.isPackaged: an installed build cannot open DevTools at all (menu or shortcut). */
  isPackaged = false,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload: preloadPath,
    devTools: !isPackaged,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** True only for pages of the app itself (app://steward/…). */
export function isAppUrl(value: string | undefined | null): boolean {
  if (value === undefined || value === null) return false;
  try {
    const url = new URL(value);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Blocks navigation away from the app, every window.open, and <webview>; https links the user
 * clicks go to the system browser instead.
 */
export function hardenWebContents(
  contents: GuardedContents,
  openExternal: (url: string) => Promise<void> | void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/** Only notifications are ever granted; camera, geolocation and the rest are refused. */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'notifications' && isAppUrl(requestingUrl);
}
