import { contextBridge, ipcRenderer } from 'electron';
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
  buildPreloadApi(BRIDGE_METHODS, (method, args) =>
    ipcRenderer.invoke(bridgeChannel(method), ...args),
  ) satisfies StewardBridge,
);
