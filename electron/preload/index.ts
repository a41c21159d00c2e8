import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  BRIDGE_METHODS,
  bridgeChannel,
  type StewardBridge,
} from '../../shared/bridge/contract';
import { buildPreloadApi } from './api';

// One function per bridge method; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildPreloadApi(
    BRIDGE_METHODS,
    (method, args) => ipcRenderer.invoke(bridgeChannel(method), ...args),
    (channel, handler) => {
      const listener = (_event: IpcRendererEvent, payload: unknown) => handler(payload);
      ipcRenderer.on(channel, listener);
      return () => {
        ipcRenderer.removeListener(channel, listener);
      };
    },
  ) satisfies StewardBridge,
);
