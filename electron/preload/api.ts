import {
  BRIDGE_EVENTS,
  isMenuCommand,
  type BridgeMethod,
  type StewardBridge,
} from '../../shared/bridge/contract';

/** Subscribes to one main → page channel; returns the unsubscribe function. */
export type Subscribe = (channel: string, handler: (payload: unknown) => void) => () => void;

/**
 * Builds the object the preload exposes: exactly one forwarding function per invoke method,
 * plus the event subscriptions, each validating what main sends before the page sees it.
 */
export function buildPreloadApi(
  methods: readonly BridgeMethod[],
  invoke: (method: BridgeMethod, args: unknown[]) => Promise<unknown>,
  subscribe: Subscribe,
): StewardBridge {
  const api: Record<string, (...args: never[]) => unknown> = {};
  for (const method of methods) {
    api[method] = (...args: unknown[]) => invoke(method, args);
  }
  api.onMenuCommand = (listener: (command: unknown) => void) =>
    subscribe(BRIDGE_EVENTS.onMenuCommand, (payload) => {
      if (isMenuCommand(payload)) listener(payload);
    });
  return Object.freeze(api) as unknown as StewardBridge;
}
