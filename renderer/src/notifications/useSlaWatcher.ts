import i18next from 'i18next';
import { useEffect } from 'react';
import { showToast } from '../ui/toast-store';
import { SlaWatchClient, type SlaWatchTransportFactory } from './sla-watch-client';
import { checkSlaOnce } from './watch';

export const SLA_CHECK_INTERVAL_MS = 30_000;

/**
 * Mounted once in the app shell: checks open incidents' SLAs every 30 s, and at once when the
 * window comes back into view (a laptop waking up). The work runs in a worker; this thread only
 * shows the alerts. `makeTransport` is for tests.
 */
export function useSlaWatcher(
  intervalMs: number = SLA_CHECK_INTERVAL_MS,
  makeTransport?: SlaWatchTransportFactory,
): void {
  useEffect(() => {
    const watcher = new SlaWatchClient(makeTransport);
    let stopped = false;
    let busy = false;
    let again = false;
    let reported = false;
    const check = async (): Promise<void> => {
      // Never two checks at once; a tick during a slow check runs once it ends, not never.
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        await checkSlaOnce(watcher, new Date());
      } catch (error) {
        // Say it once, not every 30 s.
        if (!reported) {
          reported = true;
          showToast({
            tone: 'error',
            message: i18next.t('incidents.notify.checkFailed', {
              message: error instanceof Error ? error.message : String(error),
            }),
          });
        }
      } finally {
        busy = false;
      }
      if (again && !stopped) {
        again = false;
        await check();
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') void check();
    };
    void check();
    const timer = setInterval(() => void check(), intervalMs);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      watcher.dispose();
    };
  }, [intervalMs, makeTransport]);
}
