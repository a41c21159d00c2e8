import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_EVENTS, BRIDGE_METHODS, type MenuCommand } from '../../shared/bridge';
import { buildPreloadApi, type Subscribe } from './api';

const noSubscribe: Subscribe = () => () => undefined;

describe('preload api', () => {
  it('exposes exactly one frozen forwarding function per bridge method, plus the events', async () => {
    const invoke = vi.fn(() => Promise.resolve('ok'));
    const api = buildPreloadApi(BRIDGE_METHODS, invoke, noSubscribe);
    expect(Object.keys(api).sort()).toEqual(
      [...BRIDGE_METHODS, ...Object.keys(BRIDGE_EVENTS)].sort(),
    );
    expect(Object.isFrozen(api)).toBe(true);
    await api.openExternal('https://example.com/');
    expect(invoke).toHaveBeenCalledWith('openExternal', ['https://example.com/']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('passes only allowed menu commands to the page, and unsubscribes', () => {
    const handlers = new Map<string, (payload: unknown) => void>();
    const unsubscribe = vi.fn();
    const subscribe: Subscribe = (channel, handler) => {
      handlers.set(channel, handler);
      return unsubscribe;
    };
    const api = buildPreloadApi(BRIDGE_METHODS, () => Promise.resolve(), subscribe);
    const received: MenuCommand[] = [];
    const off = api.onMenuCommand((command) => received.push(command));
    const emit = handlers.get(BRIDGE_EVENTS.onMenuCommand);
    expect(emit).toBeDefined();
    for (const payload of ['find', 'delete-everything', 42, { command: 'find' }, 'new-incident'])
      emit?.(payload);
    expect(received).toEqual(['find', 'new-incident']);
    off();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });
});
