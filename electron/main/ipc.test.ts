import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_METHODS, bridgeChannel } from '../../shared/bridge';
import { createBridgeHandlers } from './handlers';
import { BridgeCallError, registerBridge, validateBridgeCall, type BridgeHandlers } from './ipc';

const APP = 'app://steward/index.html';

describe('validateBridgeCall', () => {
  it('refuses calls from anything but the app', () => {
    expect(() => validateBridgeCall('getAppInfo', 'https://evil.example/', [])).toThrow(
      /does not come from the app/,
    );
    expect(() => validateBridgeCall('getAppInfo', undefined, [])).toThrow(BridgeCallError);
  });

  it('accepts well-formed arguments', () => {
    expect(validateBridgeCall('openExternal', APP, ['https://example.com/a'])).toEqual([
      'https://example.com/a',
    ]);
    const request = {
      suggestedName: 'review.pdf',
      mimeType: 'application/pdf',
      data: new Uint8Array([1]),
    };
    expect(validateBridgeCall('saveFile', APP, [request])).toEqual([request]);
    const note = { title: 'SLA at risk', body: 'Payroll export: 20 min left' };
    expect(validateBridgeCall('notify', APP, [note])).toEqual([note]);
  });

  it.each([
    ['openExternal', ['file:///etc/passwd']],
    ['openExternal', ['javascript:alert(1)']],
    ['openExternal', ['http://example.com/']],
    ['openExternal', ['https://user:pw@example.com/']],
    ['openExternal', [42]],
    ['openExternal', []],
    ['getAppInfo', ['extra']],
    ['saveFile', [{ suggestedName: '../../.bashrc', mimeType: 'text/plain', data: 'x' }]],
    ['saveFile', [{ suggestedName: 'a.txt', mimeType: 'text/plain', data: 5 }]],
    ['saveFile', [{ suggestedName: 'a.txt', mimeType: 'text/plain', data: 'x', extra: true }]],
    ['saveFile', [{ suggestedName: '', mimeType: 'text/plain', data: 'x' }]],
    ['notify', [{ title: '', body: 'x' }]],
    ['notify', [{ title: 't'.repeat(121), body: 'x' }]],
    ['notify', [{ title: 't', body: 'x'.repeat(501) }]],
    ['notify', [{ title: 't', body: 'x', actions: [{ type: 'button', text: 'Run' }] }]],
    ['notify', []],
  ] as const)('refuses %s with bad arguments %j', (method, args) => {
    expect(() => validateBridgeCall(method, APP, [...args])).toThrow(BridgeCallError);
  });
});

describe('registerBridge', () => {
  it('registers exactly one validated handler per method', async () => {
    const registered = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipcMain = { handle: vi.fn((channel: string, fn: never) => registered.set(channel, fn)) };
    const handlers: BridgeHandlers = {
      getAppInfo: vi.fn(() =>
        Promise.resolve({ version: '1', platform: 'linux' as const, shell: 'electron' as const }),
      ),
      openExternal: vi.fn(() => Promise.resolve()),
      saveFile: vi.fn(() => Promise.resolve({ saved: false as const })),
      notify: vi.fn(() => Promise.resolve({ shown: true })),
      exportPdf: vi.fn(() => Promise.resolve({ saved: false as const })),
      storeSecret: vi.fn(() => Promise.resolve({ stored: true as const })),
      readSecret: vi.fn(() => Promise.resolve(null)),
      deleteSecret: vi.fn(() => Promise.resolve()),
    };
    registerBridge(ipcMain, handlers);
    expect([...registered.keys()].sort()).toEqual(BRIDGE_METHODS.map(bridgeChannel).sort());

    const open = registered.get(bridgeChannel('openExternal'));
    if (!open) throw new Error('missing handler');
    await open({ senderFrame: { url: APP } }, 'https://example.com/');
    expect(handlers.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(() => open({ senderFrame: { url: APP } }, 'file:///etc/passwd')).toThrow(
      BridgeCallError,
    );
    expect(() =>
      open({ senderFrame: { url: 'https://evil.example/' } }, 'https://example.com/'),
    ).toThrow(BridgeCallError);
    expect(handlers.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('createBridgeHandlers', () => {
  const deps = () => ({
    Notification: class {
      static isSupported = () => false;
      show = vi.fn();
    },
    version: '1.2.3',
    platform: 'linux' as NodeJS.Platform,
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showSaveDialog: vi.fn() },
    writeFile: vi.fn(() => Promise.resolve()),
    defaultDirectory: () => '/home/me/Documents',
  });

  it('reports version and platform', async () => {
    const handlers = createBridgeHandlers({ ...deps(), platform: 'freebsd' });
    expect(await handlers.getAppInfo()).toEqual({
      version: '1.2.3',
      platform: 'linux',
      shell: 'electron',
    });
  });

  it('writes the file the user picked, and nothing when they cancel', async () => {
    const d = deps();
    d.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/tmp/r.pdf' });
    const handlers = createBridgeHandlers(d);
    const data = new Uint8Array([37, 80, 68, 70]);
    const saved = await handlers.saveFile({
      suggestedName: 'r.pdf',
      mimeType: 'application/pdf',
      data,
    });
    expect(saved).toEqual({ saved: true, path: '/tmp/r.pdf' });
    expect(d.dialog.showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/me/Documents/r.pdf',
    });
    expect(d.writeFile).toHaveBeenCalledWith('/tmp/r.pdf', data);

    d.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(
      await handlers.saveFile({ suggestedName: 'r.pdf', mimeType: 'application/pdf', data }),
    ).toEqual({
      saved: false,
    });
    expect(d.writeFile).toHaveBeenCalledTimes(1);
  });
});

describe('notify handler', () => {
  const deps = () => ({
    version: '1',
    platform: 'linux' as NodeJS.Platform,
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showSaveDialog: vi.fn() },
    writeFile: vi.fn(() => Promise.resolve()),
    defaultDirectory: () => '/tmp',
  });

  it('shows a plain-text notification through Electron', async () => {
    const shown: unknown[] = [];
    const Notification = class {
      static isSupported = () => true;
      constructor(private readonly options: unknown) {}
      show() {
        shown.push(this.options);
      }
    };
    const handlers = createBridgeHandlers({ ...deps(), Notification });
    expect(await handlers.notify({ title: 'SLA breached', body: 'Payroll export' })).toEqual({
      shown: true,
    });
    expect(shown).toEqual([{ title: 'SLA breached', body: 'Payroll export', silent: false }]);
  });

  it('says so when the OS has no notifications', async () => {
    const show = vi.fn();
    const Notification = class {
      static isSupported = () => false;
      show = show;
    };
    const handlers = createBridgeHandlers({ ...deps(), Notification });
    expect(await handlers.notify({ title: 't', body: 'b' })).toEqual({ shown: false });
    expect(show).not.toHaveBeenCalled();
  });
});
