import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_EVENTS,
  BRIDGE_GLOBAL,
  BRIDGE_METHODS,
  bridgeChannel,
} from '../../shared/bridge/contract';

// The real preload runs against this fake Electron: what it exposes is what the page gets.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  ipcRenderer: {
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(() =>
      Promise.resolve('answer'),
    ),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, value: unknown) => electron.exposed.set(name, value),
  },
  ipcRenderer: electron.ipcRenderer,
}));

/** Every value reachable from `root` through own properties (functions included). */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const walk = (value: unknown) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
    if (seen.has(value)) return;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) walk(descriptor.value);
    }
  };
  walk(root);
  return [...seen];
}

describe('preload (index.ts)', () => {
  beforeEach(async () => {
    electron.exposed.clear();
    vi.resetModules();
    await import('./index');
  });

  it('exposes one global holding exactly the contract: a function per method and event', () => {
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
    const api = electron.exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      [...BRIDGE_METHODS, ...Object.keys(BRIDGE_EVENTS)].sort(),
    );
    for (const key of Object.keys(api)) expect(typeof api[key], key).toBe('function');
  });

  it('lets no part of ipcRenderer reach the page', () => {
    const values = reachable(electron.exposed.get(BRIDGE_GLOBAL));
    const ipc = [electron.ipcRenderer, ...Object.values(electron.ipcRenderer)];
    expect(values.filter((value) => ipc.includes(value as never))).toEqual([]);
  });

  it('sends each method on its own channel with the arguments given', async () => {
    const api = electron.exposed.get(BRIDGE_GLOBAL) as Record<
      string,
      (...args: unknown[]) => Promise<unknown>
    >;
    for (const method of BRIDGE_METHODS) {
      electron.ipcRenderer.invoke.mockClear();
      await expect(api[method]?.('a', 1)).resolves.toBe('answer');
      expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(
        bridgeChannel(method),
        'a',
        1,
      );
    }
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled();
  });
});
