import { expect, type Page } from '@playwright/test';

/**
 * Test-only seeding: puts schema-valid records straight into the app's 'steward' IndexedDB
 * (raw IndexedDB API, in the page), then reloads so the live queries read them. Use it for
 * data the UI cannot create quickly; prefer the UI otherwise.
 */
export type SeedRecord = Record<string, unknown> & { id: string };

const STAMP = '2026-01-05T08:00:00.000Z';

export function seedAccount(over: Partial<SeedRecord> & { id: string; name: string }): SeedRecord {
  const timeZone = typeof over.timeZone === 'string' ? over.timeZone : 'Europe/Paris';
  return {
    plan: 'carefor-enterprise',
    annualSaasAmount: 2_500_000,
    subscriptionStart: '2024-03-01',
    timeZone,
    businessCalendar: {
      timeZone,
      hours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '18:00' }]]),
      ),
    },
    csmName: 'Claire Martin',
    sdmName: 'Tom Baker',
    contacts: [],
    monitoredInterfaces: [],
    extensions: [],
    managedServices: [],
    updatedAt: STAMP,
    deletedAt: null,
    ...over,
  };
}

export function seedIncident(
  over: Partial<SeedRecord> & { id: string; accountId: string; title: string },
): SeedRecord {
  return {
    description: '',
    severity: 3,
    severityHistory: [],
    status: 'new',
    statusHistory: [],
    category: 'application',
    interfaceId: null,
    extensionId: null,
    reportedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    respondedAt: null,
    resolvedAt: null,
    workaroundAt: null,
    liveAssessment: null,
    rankKey: null,
    owner: null,
    updatedAt: STAMP,
    deletedAt: null,
    ...over,
  };
}

/** Opens the app (which creates the database), writes the records, and reloads. */
export async function seed(page: Page, tables: Record<string, SeedRecord[]>): Promise<void> {
  if (!page.url().startsWith('http')) await page.goto('#/accounts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('steward');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    const names = Object.keys(data);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) for (const row of data[name] ?? []) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    });
    db.close();
  }, tables);
  await page.reload();
}

/** Every row of one of the app's tables, read straight from IndexedDB (what a reload shows). */
export function storedRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('steward');
        open.onerror = () => reject(new Error('open failed'));
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as T[]);
          };
        };
      }),
    table,
  );
}
