import type { BridgeMethod, StewardBridge } from '../../shared/bridge/contract';

/** Builds the object the preload exposes: exactly one forwarding function per method. */
export function buildPreloadApi(
  methods: readonly BridgeMethod[],
  invoke: (method: BridgeMethod, args: unknown[]) => Promise<unknown>,
): StewardBridge {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of methods) {
    api[method] = (...args: unknown[]) => invoke(method, args);
  }
  return Object.freeze(api) as unknown as StewardBridge;
}
