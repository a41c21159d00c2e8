import { describe, expect, it, vi } from 'vitest';
import {
  browserNotificationPermission,
  createBrowserBridge,
  requestBrowserNotificationPermission,
} from './browser';

describe('browser bridge', () => {
  it('reports the web shell', async () => {
    expect(await createBrowserBridge('9.9.9').getAppInfo()).toEqual({
      version: '9.9.9',
      platform: 'web',
      shell: 'browser',
    });
  });

  it('saves through a download link named as requested', async () => {
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    URL.createObjectURL = vi.fn(() => 'blob:fake');
    URL.revokeObjectURL = vi.fn();
    const result = await createBrowserBridge('1').saveFile({
      suggestedName: 'backup.json',
      mimeType: 'application/json',
      data: '{}',
    });
    expect(result).toEqual({ saved: true, path: 'backup.json' });
    expect(clicked).toEqual([{ download: 'backup.json', href: 'blob:fake' }]);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    click.mockRestore();
  });

  it('refuses non-https links', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await expect(createBrowserBridge('1').openExternal('javascript:alert(1)')).rejects.toThrow(
      /https/,
    );
    await createBrowserBridge('1').openExternal('https://example.com/');
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', 'noopener,noreferrer');
  });
});

describe('browser notifications', () => {
  function fakeNotification(permission: NotificationPermission) {
    const shown: Array<{ title: string; body: string | undefined }> = [];
    const Fake = Object.assign(
      function FakeNotification(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
      },
      { permission, requestPermission: vi.fn(() => Promise.resolve('granted' as const)) },
    );
    vi.stubGlobal('Notification', Fake);
    return { shown, Fake };
  }

  it('shows a notification once permission is granted', async () => {
    const { shown } = fakeNotification('granted');
    const result = await createBrowserBridge('1').notify({ title: 'SLA at risk', body: 'b' });
    expect(result).toEqual({ shown: true });
    expect(shown).toEqual([{ title: 'SLA at risk', body: 'b' }]);
    vi.unstubAllGlobals();
  });

  it('never prompts from notify and reports not shown when not allowed', async () => {
    for (const permission of ['default', 'denied'] as const) {
      const { shown, Fake } = fakeNotification(permission);
      expect(await createBrowserBridge('1').notify({ title: 't', body: 'b' })).toEqual({
        shown: false,
      });
      expect(shown).toEqual([]);
      expect(Fake.requestPermission).not.toHaveBeenCalled();
    }
    vi.unstubAllGlobals();
  });

  it('asks permission on request and copes without the API', async () => {
    const { Fake } = fakeNotification('default');
    expect(browserNotificationPermission()).toBe('default');
    expect(await requestBrowserNotificationPermission()).toBe('granted');
    expect(Fake.requestPermission).toHaveBeenCalledTimes(1);
    vi.stubGlobal('Notification', undefined);
    expect(browserNotificationPermission()).toBe('unsupported');
    expect(await requestBrowserNotificationPermission()).toBe('unsupported');
    expect(await createBrowserBridge('1').notify({ title: 't', body: 'b' })).toEqual({
      shown: false,
    });
    vi.unstubAllGlobals();
  });
});
