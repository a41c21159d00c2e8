import type { Page } from 'playwright-core';

/** Records every long task (> 50 ms) of the page's main thread from its first script on. */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { benchLongTasks: number[] };
    w.benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.benchLongTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Long tasks since the mark, then a new mark. */
export async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { benchLongTasks: number[] };
    const out = w.benchLongTasks;
    w.benchLongTasks = [];
    return out;
  });
}
