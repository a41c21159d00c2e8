import type {
  BrowserWindowConstructorOptions,
  Dialog,
  PrintToPDFOptions,
  SaveDialogOptions,
} from 'electron';
import { isPrintRoute, type ExportPdfRequest, type ExportPdfResult } from '../../shared/bridge';
import { APP_ORIGIN } from './protocol';

/** The hidden window, reduced to what the export uses (a fake in tests). */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PdfDeps {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => PrintWindow;
  webPreferences: NonNullable<BrowserWindowConstructorOptions['webPreferences']>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  defaultDirectory: () => string;
  /** How long the page may take to become print-ready (fonts, data, charts). */
  readyTimeoutMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export class PdfExportError extends Error {
  override name = 'PdfExportError';
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);

/**
 * printToPDF options: explicit paper size and margins (inches), backgrounds, the page's own
 * @page rules where it has them, and a header (document title) and footer (page X / Y).
 * Shared with the tests, which print through Playwright's page.pdf (the same engine).
 */
export function printToPdfOptions(paperSize: ExportPdfRequest['paperSize'], title: string) {
  const style = 'font-size:8px;color:#444;width:100%;padding:0 0.5in;font-family:sans-serif;';
  return {
    pageSize: paperSize === 'letter' ? 'Letter' : 'A4',
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${style}">${escapeHtml(title)}</div>`,
    footerTemplate: `<div style="${style}text-align:right;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  } satisfies PrintToPDFOptions;
}

/** Script run in the print window: 'ready', 'error: …' or 'wait'. */
const READY_PROBE = `(() => {
  const failed = document.querySelector('[data-print-error]');
  if (failed) return 'error: ' + (failed.getAttribute('data-print-error') || 'unknown');
  return document.querySelector('[data-print-ready="true"]') ? 'ready' : 'wait';
})()`;

async function waitForReady(win: PrintWindow, deps: PdfDeps): Promise<void> {
  const timeout = deps.readyTimeoutMs ?? 30_000;
  const poll = deps.pollMs ?? 100;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let waited = 0; waited <= timeout; waited += poll) {
    const state = String(await win.webContents.executeJavaScript(READY_PROBE));
    if (state === 'ready') return;
    if (state.startsWith('error: '))
      throw new PdfExportError(`The report failed: ${state.slice(7)}`);
    await sleep(poll);
  }
  throw new PdfExportError('The report took too long to get ready for printing.');
}

/**
 * exportPdf in the main process: the user picks the file first (cancel costs nothing), then a
 * hidden, sandboxed window renders the print route; once the page says it is ready
 * (data-print-ready: data loaded, fonts loaded, charts drawn) it is printed and written. The
 * window is destroyed whatever happens.
 */
export function createPdfExporter(deps: PdfDeps) {
  return async (request: ExportPdfRequest): Promise<ExportPdfResult> => {
    if (!isPrintRoute(request.route)) {
      throw new PdfExportError('Only in-app print routes (#/print/…) can be exported.');
    }
    const options: SaveDialogOptions = {
      defaultPath: `${deps.defaultDirectory()}/${request.suggestedName}`,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    };
    const choice = await deps.dialog.showSaveDialog(options);
    if (choice.canceled || choice.filePath === '') return { saved: false };
    const win = new deps.BrowserWindow({
      show: false,
      width: 1024,
      height: 1400,
      webPreferences: deps.webPreferences,
    });
    try {
      await win.loadURL(`${APP_ORIGIN}/index.html${request.route}`);
      await waitForReady(win, deps);
      const title = request.suggestedName.replace(/\.pdf$/i, '');
      const pdf = await win.webContents.printToPDF(printToPdfOptions(request.paperSize, title));
      await deps.writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    } finally {
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
