import { describe, expect, it, vi } from 'vitest';
import { createBrowserBridge } from './browser';

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
