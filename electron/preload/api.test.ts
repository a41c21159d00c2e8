import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_METHODS } from '../../shared/bridge';
import { buildPreloadApi } from './api';

describe('preload api', () => {
  it('exposes exactly one frozen forwarding function per bridge method', async () => {
    const invoke = vi.fn(() => Promise.resolve('ok'));
    const api = buildPreloadApi(BRIDGE_METHODS, invoke);
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api.openExternal('https://example.com/');
    expect(invoke).toHaveBeenCalledWith('openExternal', ['https://example.com/']);
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipcRenderer');
  });
});
