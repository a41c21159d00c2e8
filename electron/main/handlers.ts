import type { Dialog, NotificationConstructorOptions, Shell } from 'electron';
import type {
  AppInfo,
  NotifyRequest,
  NotifyResult,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/bridge';
import type { BridgeHandlers } from './ipc';

export interface HandlerDeps {
  version: string;
  platform: NodeJS.Platform;
  shell: Pick<Shell, 'openExternal'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  defaultDirectory: () => string;
  /** Electron's Notification class (a fake in tests). */
  Notification: {
    isSupported(): boolean;
    new (options: NotificationConstructorOptions): { show(): void };
  };
}

function appPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

/**
 * The main-process side of the bridge; arguments arrive already validated by registerBridge.
 * exportPdf lives in pdf.ts (it needs BrowserWindow) and the secret methods in secrets.ts; both
 * are joined in index.ts.
 */
export function createBridgeHandlers(
  deps: HandlerDeps,
): Omit<BridgeHandlers, 'exportPdf' | 'storeSecret' | 'readSecret' | 'deleteSecret'> {
  return {
    getAppInfo: () =>
      Promise.resolve({
        version: deps.version,
        platform: appPlatform(deps.platform),
        shell: 'electron',
      }),
    openExternal: async (url: string) => {
      await deps.shell.openExternal(url);
    },
    saveFile: async (request: SaveFileRequest): Promise<SaveFileResult> => {
      const result = await deps.dialog.showSaveDialog({
        defaultPath: `${deps.defaultDirectory()}/${request.suggestedName}`,
        ...(request.filters ? { filters: request.filters } : {}),
      });
      if (result.canceled || result.filePath === '') {
        return { saved: false };
      }
      await deps.writeFile(result.filePath, request.data);
      return { saved: true, path: result.filePath };
    },
    notify: (request: NotifyRequest): Promise<NotifyResult> => {
      if (!deps.Notification.isSupported()) return Promise.resolve({ shown: false });
      // Plain text only: no actions, no reply field, nothing that reaches back into the app.
      new deps.Notification({ title: request.title, body: request.body, silent: false }).show();
      return Promise.resolve({ shown: true });
    },
  };
}
