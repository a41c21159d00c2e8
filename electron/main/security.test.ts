import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isAppUrl, isPermissionAllowed, secureWebPreferences } from './security';

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    },
  };
  const fire = (name: string, url: string): boolean => {
    const event = { preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no ${name} listener`);
    listener(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => {
    if (!openHandler) throw new Error('no window open handler');
    return openHandler({ url });
  };
  return { contents, fire, open };
}

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('disables DevTools in a packaged build only', () => {
    expect(secureWebPreferences('/p.cjs', true).devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
  });
});

describe('hardenWebContents', () => {
  it('blocks navigation away from the app and allows in-app navigation', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents as never, vi.fn());
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://localhost:1234/')).toBe(true);
    expect(fire('will-navigate', 'app://steward/index.html#/queue')).toBe(false);
    expect(fire('will-attach-webview', 'app://steward/')).toBe(true);
  });

  it('denies every window.open and sends https links to the system browser only', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, openExternal);
    expect(open('https://docs.example.com/help')).toEqual({ action: 'deny' });
    expect(open('http://insecure.example.com/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('app://steward/index.html')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://docs.example.com/help']]);
  });
});

describe('isAppUrl and permissions', () => {
  it('recognises only the app origin', () => {
    expect(isAppUrl('app://steward/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://steward/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('garbage')).toBe(false);
  });

  it('grants notifications to the app and nothing else to anyone', () => {
    expect(isPermissionAllowed('notifications', 'app://steward/index.html')).toBe(true);
    expect(isPermissionAllowed('notifications', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('media', 'app://steward/index.html')).toBe(false);
    expect(isPermissionAllowed('geolocation', 'app://steward/index.html')).toBe(false);
  });
});
