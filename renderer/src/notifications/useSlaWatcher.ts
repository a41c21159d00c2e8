import i18next from 'i18next';
import { useEffect } from 'react';
import { showToast } from '../ui/toast-store';
import { checkSlaOnce } from './watch';

export const SLA_CHECK_INTERVAL_MS = 30_000;

/** Mounted once in the app shell: checks open incidents' SLAs every 30 s. */
export function useSlaWatcher(intervalMs: number = SLA_CHECK_INTERVAL_MS): void {
  useEffect(() => {
    let busy = false;
    let reported = false;
    const check = async () => {
      if (busy) return; // a slow check is never run twice at once
      busy = true;
      try {
        await checkSlaOnce(new Date());
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
    };
    void check();
    const timer = setInterval(() => void check(), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
}
