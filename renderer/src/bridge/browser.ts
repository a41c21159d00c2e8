import type { AppInfo, SaveFileRequest, SaveFileResult, StewardBridge } from '@shared/bridge';
import { isAllowedExternalUrl } from '@shared/bridge';

/** The bridge for the web build and end-to-end tests: downloads instead of native dialogs. */
export function createBrowserBridge(version: string, doc: Document = document): StewardBridge {
  return {
    getAppInfo: (): Promise<AppInfo> =>
      Promise.resolve({ version, platform: 'web', shell: 'browser' }),
    openExternal: (url: string): Promise<void> => {
      if (!isAllowedExternalUrl(url))
        return Promise.reject(new Error('Only https links can be opened.'));
      doc.defaultView?.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    saveFile: (request: SaveFileRequest): Promise<SaveFileResult> => {
      const part: BlobPart =
        typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
      const blob = new Blob([part], { type: request.mimeType });
      const href = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = href;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: the download starts asynchronously and needs the URL until then.
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
      return Promise.resolve({ saved: true, path: request.suggestedName });
    },
  };
}
