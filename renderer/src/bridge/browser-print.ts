import type { ExportPdfRequest, ExportPdfResult } from '@shared/bridge';
import { isPrintRoute } from '@shared/bridge';

/** The query flag that makes a print route open the print dialog once it is ready. */
export const AUTOPRINT_PARAM = 'autoprint';

/**
 * PDF export in the web build: the print route opens in a new tab of the same origin (so it reads
 * the same IndexedDB) and, once it marks itself ready, calls window.print(); the user saves
 * as PDF from the browser's dialog. A hidden iframe is not an option: the CSP forbids frames.
 */
export function openPrintWindow(
  doc: Document,
  request: ExportPdfRequest,
): Promise<ExportPdfResult> {
  if (!isPrintRoute(request.route)) {
    return Promise.reject(new Error('Only in-app print routes (#/print/…) can be exported.'));
  }
  const view = doc.defaultView;
  const separator = request.route.includes('?') ? '&' : '?';
  const base = view ? `${view.location.origin}${view.location.pathname}` : '';
  const opened = view?.open(`${base}${request.route}${separator}${AUTOPRINT_PARAM}=1`, '_blank');
  if (!opened) {
    return Promise.reject(
      new Error('The browser blocked the print window: allow pop-ups for Steward.'),
    );
  }
  return Promise.resolve({ printed: true });
}
