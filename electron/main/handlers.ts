import type { Dialog, Shell } from 'electron';
import type { AppInfo, SaveFileRequest, SaveFileResult } from '../../shared/bridge';
import type { BridgeHandlers } from './ipc';

export interface HandlerDeps {
  version: string;
  platform: NodeJS.Platform;
  shell: Pick<Shell, 'openExternal'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  defaultDirectory: () => string;
}

function appPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

/** The main-process side of the bridge; arguments arrive already validated by registerBridge. */
export function createBridgeHandlers(deps: HandlerDeps): BridgeHandlers {
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
  };
}
