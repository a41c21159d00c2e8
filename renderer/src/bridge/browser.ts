import type {
  AppInfo,
  NotifyRequest,
  NotifyResult,
  SaveFileRequest,
  SaveFileResult,
  StewardBridge,
} from '@shared/bridge';
import { isAllowedExternalUrl } from '@shared/bridge';
import { deleteBrowserSecret, readBrowserSecret, storeBrowserSecret } from '../db/sync-secrets';
import { openPrintWindow } from './browser-print';

export type BrowserNotificationPermission = NotificationPermission | 'unsupported';

function notificationApi(doc: Document): typeof Notification | undefined {
  const view = doc.defaultView as (Window & { Notification?: typeof Notification }) | null;
  return view?.Notification;
}

/** Whether the browser lets us notify; 'unsupported' where there is no Notification API. */
export function browserNotificationPermission(
  doc: Document = document,
): BrowserNotificationPermission {
  return notificationApi(doc)?.permission ?? 'unsupported';
}

/**
 * Asks for permission. Call only from a user gesture (a click): browsers ignore or penalise
 * prompts that arrive unasked. A refusal or a missing API just resolves to that answer.
 */
export async function requestBrowserNotificationPermission(
  doc: Document = document,
): Promise<BrowserNotificationPermission> {
  const api = notificationApi(doc);
  if (api === undefined) return 'unsupported';
  try {
    return await api.requestPermission();
  } catch {
    return api.permission;
  }
}

/** The bridge for the web build and end-to-end tests: downloads instead of native dialogs. */
export function createBrowserBridge(version: string, doc: Document = document): StewardBridge {
  return {
    // The web build has no application menu: nothing to listen to.
    onMenuCommand: () => () => undefined,
    getAppInfo: (): Promise<AppInfo> =>
      Promise.resolve({ version, platform: 'web', shell: 'browser' }),
    openExternal: (url: string): Promise<void> => {
      if (!isAllowedExternalUrl(url))
        return Promise.reject(new Error('Only https links can be opened.'));
      doc.defaultView?.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    saveFile: (request: SaveFileRequest): Promise<SaveFileResult> => {
      const part: BlobPart =
        typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
      const blob = new Blob([part], { type: request.mimeType });
      const href = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = href;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download starts asynchronously and needs the URL until then.
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      return Promise.resolve({ saved: true, path: request.suggestedName });
    },
    notify: (request: NotifyRequest): Promise<NotifyResult> => {
      const api = notificationApi(doc);
      // Never prompt here: this runs from a timer, not a user gesture.
      if (api?.permission !== 'granted') return Promise.resolve({ shown: false });
      try {
        new api(request.title, { body: request.body });
        return Promise.resolve({ shown: true });
      } catch {
        return Promise.resolve({ shown: false }); // e.g. Chrome on Android wants a service worker
      }
    },
    exportPdf: (request) => openPrintWindow(doc, request),
    // The browser build keeps it in this origin's IndexedDB, as any web app keeps its session.
    storeSecret: async (key, value) => {
      await storeBrowserSecret(key, value);
      return { stored: true };
    },
    readSecret: readBrowserSecret,
    deleteSecret: deleteBrowserSecret,
  };
}
