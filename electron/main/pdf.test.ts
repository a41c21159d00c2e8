import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPdfExporter, PdfExportError, printToPdfOptions, type PdfDeps } from './pdf';
import { secureWebPreferences } from './security';

interface FakeOptions {
  readyAfter?: number;
  error?: string;
  printFails?: boolean;
}

function setup(fake: FakeOptions = {}, dialogPath: string | null = '/home/me/review.pdf') {
  const windows: Array<{
    options: BrowserWindowConstructorOptions;
    url: string | null;
    printed: PrintToPDFOptions | null;
    destroyed: boolean;
    probes: number;
  }> = [];
  class FakeWindow {
    state = {
      options: {} as BrowserWindowConstructorOptions,
      url: null as string | null,
      printed: null as PrintToPDFOptions | null,
      destroyed: false,
      probes: 0,
    };
    constructor(options: BrowserWindowConstructorOptions) {
      this.state.options = options;
      windows.push(this.state);
    }
    loadURL(url: string) {
      this.state.url = url;
      return Promise.resolve();
    }
    webContents = {
      executeJavaScript: (code: string) => {
        expect(code).toContain('data-print-ready');
        this.state.probes++;
        if (fake.error !== undefined) return Promise.resolve(`error: ${fake.error}`);
        return Promise.resolve(this.state.probes > (fake.readyAfter ?? 0) ? 'ready' : 'wait');
      },
      printToPDF: (options: PrintToPDFOptions) => {
        this.state.printed = options;
        if (fake.printFails) return Promise.reject(new Error('printer on fire'));
        return Promise.resolve(new Uint8Array([37, 80, 68, 70]));
      },
    };
    isDestroyed() {
      return this.state.destroyed;
    }
    destroy() {
      this.state.destroyed = true;
    }
  }
  const written: Array<{ path: string; data: Uint8Array }> = [];
  const deps: PdfDeps = {
    BrowserWindow: FakeWindow,
    webPreferences: secureWebPreferences('/app/preload.cjs'),
    dialog: {
      showSaveDialog: vi.fn(() =>
        Promise.resolve(
          dialogPath === null
            ? { canceled: true, filePath: '' }
            : { canceled: false, filePath: dialogPath },
        ),
      ),
    },
    writeFile: (path, data) => {
      written.push({ path, data });
      return Promise.resolve();
    },
    defaultDirectory: () => '/home/me/Documents',
    readyTimeoutMs: 1_000,
    pollMs: 100,
    sleep: () => Promise.resolve(),
  };
  return { exportPdf: createPdfExporter(deps), windows, written, deps };
}

const request = {
  route: '#/print/review/acc-1?from=2026-01-01&to=2026-03-31',
  suggestedName: 'Acme review.pdf',
  paperSize: 'a4' as const,
};

describe('exportPdf (main process)', () => {
  it('renders the print route hidden and sandboxed, waits for the marker, prints and writes', async () => {
    const { exportPdf, windows, written, deps } = setup({ readyAfter: 3 });
    expect(await exportPdf(request)).toEqual({ saved: true, path: '/home/me/review.pdf' });
    expect(deps.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/me/Documents/Acme review.pdf' }),
    );
    const [win] = windows;
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(win?.url).toBe(`app://steward/index.html${request.route}`);
    expect(win?.probes).toBe(4); // printed only once the page said ready
    expect(win?.printed).toEqual(printToPdfOptions('a4', 'Acme review'));
    expect(win?.printed).toMatchObject({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
    });
    expect(win?.printed?.footerTemplate).toContain('pageNumber');
    expect(win?.printed?.footerTemplate).toContain('totalPages');
    expect(written).toEqual([
      { path: '/home/me/review.pdf', data: new Uint8Array([37, 80, 68, 70]) },
    ]);
    expect(win?.destroyed).toBe(true);
  });

  it('prints Letter when asked and escapes the title in the header', () => {
    const o = printToPdfOptions('letter', '<b>A&B</b>');
    expect(o.pageSize).toBe('Letter');
    expect(o.headerTemplate).not.toContain('<b>');
    expect(o.headerTemplate).toContain('&#60;b&#62;A&#38;B');
  });

  it('closes the window even when printing fails, and writes nothing', async () => {
    const { exportPdf, windows, written } = setup({ printFails: true });
    await expect(exportPdf(request)).rejects.toThrow('printer on fire');
    expect(windows[0]?.destroyed).toBe(true);
    expect(written).toEqual([]);
  });

  it('gives up when the page never gets ready, or reports its error; window closed', async () => {
    const slow = setup({ readyAfter: 10_000 });
    await expect(slow.exportPdf(request)).rejects.toThrow(/too long/);
    expect(slow.windows[0]?.destroyed).toBe(true);
    const broken = setup({ error: 'account not found' });
    await expect(broken.exportPdf(request)).rejects.toThrow(/account not found/);
    expect(broken.windows[0]?.destroyed).toBe(true);
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const { exportPdf, windows, written } = setup({}, null);
    expect(await exportPdf(request)).toEqual({ saved: false });
    expect(windows).toEqual([]);
    expect(written).toEqual([]);
  });

  it.each([
    'https://evil.example/#/print/x',
    '#/accounts',
    '#/print/../../etc',
    'app://steward/index.html#/print/x',
    '#/print/x?<script>',
    'file:///etc/passwd',
  ])('refuses a route outside #/print/: %s', async (route) => {
    const { exportPdf, windows } = setup();
    await expect(exportPdf({ ...request, route })).rejects.toThrow(PdfExportError);
    expect(windows).toEqual([]);
  });
});

describe('exportPdf arguments (validated in main before the handler runs)', () => {
  it('accepts a print route with a query, refuses anything else', async () => {
    const { bridgeArgSchemas } = await import('../../shared/bridge');
    const ok = bridgeArgSchemas.exportPdf.safeParse([request]);
    expect(ok.success).toBe(true);
    for (const bad of [
      { ...request, route: 'javascript:alert(1)' },
      { ...request, paperSize: 'a3' },
      { ...request, suggestedName: '../x.pdf' },
      { ...request, extra: true },
    ]) {
      expect(bridgeArgSchemas.exportPdf.safeParse([bad]).success).toBe(false);
    }
  });
});
