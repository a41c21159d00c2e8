import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { printToPdfOptions } from '../../electron/main/pdf';

/** Playwright's page.pdf takes the same options Electron's printToPDF gets, in its own spelling. */
export function playwrightPdfOptions(title: string) {
  const o = printToPdfOptions('a4', title);
  const inch = (n: number) => `${String(n)}in`;
  return {
    format: o.pageSize,
    margin: {
      top: inch(o.margins.top),
      bottom: inch(o.margins.bottom),
      left: inch(o.margins.left),
      right: inch(o.margins.right),
    },
    printBackground: o.printBackground,
    preferCSSPageSize: o.preferCSSPageSize,
    displayHeaderFooter: o.displayHeaderFooter,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
  };
}

/** Opens a print route, waits until it says it is ready, prints it like exportPdf does. */
export async function printRoute(page: Page, route: string, path: string, title = 'Review') {
  await page.goto(route);
  await expect(page.locator('[data-print-ready="true"]')).toBeAttached({ timeout: 60_000 });
  await page.emulateMedia({ media: 'print' });
  writeFileSync(path, await page.pdf(playwrightPdfOptions(title)));
  await page.emulateMedia({ media: 'screen' });
}

export const pdfText = (path: string, layout = false) =>
  execFileSync('pdftotext', [...(layout ? ['-layout'] : []), path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

export const pdfPages = (path: string) =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

/** Share of pixels darker than near-white in a rectangle of a binary PGM (P5) image. */
export function inkRatio(
  pgm: Buffer,
  box?: { x: number; y: number; w: number; h: number },
  threshold = 200,
): number {
  const header = pgm.toString('latin1', 0, 64).split(/\s+/);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const headerLength = pgm.indexOf('\n', pgm.indexOf('\n', pgm.indexOf('\n') + 1) + 1) + 1;
  const b = box ?? { x: 0, y: 0, w: width, h: height };
  let ink = 0;
  let total = 0;
  for (let y = Math.max(0, b.y); y < Math.min(height, b.y + b.h); y++) {
    for (let x = Math.max(0, b.x); x < Math.min(width, b.x + b.w); x++) {
      total++;
      if ((pgm[headerLength + y * width + x] ?? 255) < threshold) ink++;
    }
  }
  return total === 0 ? 0 : ink / total;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Box {
  what: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Every text of every drawn chart (axis ticks, point and bar labels, legend entries) with its
 * box as laid out now, per chart, and the chart's own box.
 */
export function chartTextBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure.report-chart[data-chart="pending"]')].map(
      (figure) => {
        const box = (el: Element, what: string) => {
          const r = el.getBoundingClientRect();
          return { what, x: r.x, y: r.y, w: r.width, h: r.height };
        };
        const plot = figure.querySelector('.report-chart__plot');
        const texts = [
          ...figure.querySelectorAll('svg.recharts-surface text'),
          ...figure.querySelectorAll('.report-legend li'),
        ]
          .filter((el) => el.textContent.trim() !== '')
          .map((el) => box(el, el.textContent.trim()));
        return {
          title: figure.querySelector('figcaption')?.textContent ?? '',
          frame: plot ? box(plot, 'plot') : null,
          texts,
        };
      },
    ),
  );
}

/** Pairs of boxes that overlap (by more than a hair), and boxes that stick out of the frame. */
export function overlaps(frame: Box | null, texts: readonly Box[]): string[] {
  const out: string[] = [];
  const eps = 0.5;
  texts.forEach((a, i) => {
    if (
      frame &&
      (a.x < frame.x - eps ||
        a.y < frame.y - eps ||
        a.x + a.w > frame.x + frame.w + eps ||
        a.y + a.h > frame.y + frame.h + eps)
    )
      out.push(`"${a.what}" sticks out of the chart`);
    for (const b of texts.slice(i + 1)) {
      const apart =
        a.x + a.w <= b.x + eps ||
        b.x + b.w <= a.x + eps ||
        a.y + a.h <= b.y + eps ||
        b.y + b.h <= a.y + eps;
      if (!apart) out.push(`"${a.what}" overlaps "${b.what}"`);
    }
  });
  return out;
}
