import { BRIDGE_GLOBAL, type StewardBridge } from '@shared/bridge';
import { createBrowserBridge } from './browser';

declare const __APP_VERSION__: string;

let instance: StewardBridge | null = null;

/** The shell's bridge: the Electron preload's when present, the browser one otherwise. */
export function bridge(): StewardBridge {
  if (instance === null) {
    const exposed = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL];
    instance =
      exposed !== undefined ? (exposed as StewardBridge) : createBrowserBridge(__APP_VERSION__);
  }
  return instance;
}

/** Tests swap in a fake. */
export function setBridgeForTesting(fake: StewardBridge | null): void {
  instance = fake;
}
