import { useEffect } from 'react';
import { syncEngine } from './engine';

/** Starts the background sync loop once for the app window (mounted by the Layout). */
export function useSyncLoop(): void {
  useEffect(() => {
    const engine = syncEngine();
    engine.start();
    return () => engine.stop();
  }, []);
}
