import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { AUTOPRINT_PARAM } from '../bridge/browser-print';

/** Charts are drawn when every chart figure that expects a plot holds Recharts shapes. */
function chartsDrawn(root: HTMLElement): boolean {
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-chart="pending"]')];
  return figures.every((f) =>
    f.querySelector(
      'svg.recharts-surface .recharts-bar-rectangle, svg.recharts-surface .recharts-line-curve',
    ),
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Wraps a report on a print route and marks it data-print-ready="true" once the data is in, the
 * fonts are loaded and the charts are drawn; printToPDF (Electron), page.pdf (tests) and the
 * browser's print wait for that marker. ?autoprint=1 opens the print dialog then.
 */
export function PrintFrame({
  loaded,
  error,
  children,
}: {
  loaded: boolean;
  error?: string | null;
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'wait' | 'ready' | 'failed'>('wait');
  const [params] = useSearchParams();
  const autoprint = params.get(AUTOPRINT_PARAM) === '1';

  useEffect(() => {
    if (!loaded || error) return;
    const run = { cancelled: false };
    const alive = () => !run.cancelled;
    void (async () => {
      await document.fonts.ready;
      for (let i = 0; i < 600 && alive(); i++) {
        await nextFrame();
        if (root.current && chartsDrawn(root.current)) {
          await nextFrame(); // one more frame so the last paint has landed
          if (alive()) setState('ready');
          return;
        }
      }
      if (alive()) setState('failed');
    })();
    return () => {
      run.cancelled = true;
    };
  }, [loaded, error]);

  useEffect(() => {
    if (state === 'ready' && autoprint) window.print();
  }, [state, autoprint]);

  const failure = error ?? (state === 'failed' ? 'charts-not-drawn' : null);
  return (
    <div
      ref={root}
      className="print-frame"
      data-print-ready={state === 'ready' ? 'true' : 'false'}
      {...(failure ? { 'data-print-error': failure } : {})}
    >
      {children}
    </div>
  );
}
