import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  BRIDGE_METHODS,
  bridgeArgSchemas,
  bridgeChannel,
  type BridgeMethod,
  type StewardInvokeBridge,
} from '../../shared/bridge';
import { isAppUrl } from './security';

export type BridgeHandlers = {
  [K in BridgeMethod]: (
    ...args: Parameters<StewardInvokeBridge[K]>
  ) => ReturnType<StewardInvokeBridge[K]>;
};

export class BridgeCallError extends Error {
  override name = 'BridgeCallError';
}

/** Validates one call: the sender must be our own page and the arguments must match the schema. */
export function validateBridgeCall(
  method: BridgeMethod,
  senderUrl: string | undefined,
  args: unknown[],
): unknown[] {
  if (!isAppUrl(senderUrl)) {
    throw new BridgeCallError(`Refused ${method}: the call does not come from the app.`);
  }
  const parsed = bridgeArgSchemas[method].safeParse(args);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new BridgeCallError(`Refused ${method}: ${detail}`);
  }
  return parsed.data;
}

/** Registers one ipcMain handler per bridge method, each validating before it runs. */
export function registerBridge(ipcMain: Pick<IpcMain, 'handle'>, handlers: BridgeHandlers): void {
  for (const method of BRIDGE_METHODS) {
    ipcMain.handle(bridgeChannel(method), (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const valid = validateBridgeCall(method, event.senderFrame?.url, args);
      const handler = handlers[method] as (...a: unknown[]) => Promise<unknown>;
      return handler(...valid);
    });
  }
}
