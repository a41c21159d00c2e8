/** Browser storage health: persistence and room left. Only the db/ layer talks to it. */

export interface StorageStatus {
  /** Bytes used and available to this origin, when the browser tells. */
  usage: number | null;
  quota: number | null;
  /** True when the browser promised not to evict our data under storage pressure. */
  persisted: boolean | null;
}

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : null;
}

/**
 * Asks once at start-up that our data not be evicted when the disk runs low. Electron and most
 * browsers grant it silently; a refusal is not an error (the Settings screen shows the state).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = storageManager();
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate().catch((): StorageEstimate => ({})),
    storage.persisted().catch(() => null),
  ]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}
