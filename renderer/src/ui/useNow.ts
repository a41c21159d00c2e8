import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs` (30 s by default: SLA minutes, not seconds)
 * while the page is visible. A hidden window
 * stops ticking (no work nobody sees) and catches up at once when shown again.
 */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setInterval> | undefined;
    const stop = () => {
      if (timer !== undefined) clearInterval(timer);
      timer = undefined;
    };
    const sync = () => {
      stop();
      if (document.visibilityState !== 'visible') return;
      setNow(new Date());
      timer = setInterval(() => setNow(new Date()), intervalMs);
    };
    sync();
    document.addEventListener('visibilitychange', sync);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', sync);
    };
  }, [intervalMs]);
  return now;
}
