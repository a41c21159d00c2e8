import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const dexieSource = readFileSync(require.resolve('dexie/dist/dexie.js'), 'utf8');

/** Which of the app's tables a floor copies: `only` these, or all `except` these. */
export type TableFilter = { only: readonly string[] } | { except: readonly string[] };

/**
 * The floor of IndexedDB itself: a raw Dexie bulkPut of the rows the app stored (the tables the
 * filter keeps), into a fresh database with the app's schema (primary keys and indexes: what the
 * rows cost to store), in the same page. Returns its time in ms.
 */
export async function rawBulkPutMs(page: Page, filter: TableFilter): Promise<number> {
  await page.evaluate(dexieSource);
  return page.evaluate(async (filter) => {
    interface T {
      name: string;
      schema: { primKey: { src: string }; indexes: { src: string }[] };
      toArray(): Promise<unknown[]>;
      bulkPut(rows: unknown[]): Promise<unknown>;
    }
    type DexieCtor = new (name: string) => {
      open(): Promise<unknown>;
      tables: T[];
      version(n: number): { stores(s: Record<string, string>): unknown };
      table(name: string): T;
      delete(): Promise<void>;
      close(): void;
    };
    const Dexie = (window as unknown as { Dexie: DexieCtor }).Dexie;
    const app = new Dexie('steward');
    await app.open();
    const stores: Record<string, string> = {};
    const data: Record<string, unknown[]> = {};
    for (const t of app.tables) {
      // No named functions in here: the bench runs through tsx, whose name helper the page lacks.
      const kept =
        'only' in filter ? filter.only.includes(t.name) : !filter.except.includes(t.name);
      if (!kept) continue;
      stores[t.name] = [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(',');
      data[t.name] = await t.toArray();
    }
    app.close();
    const raw = new Dexie(`bench-floor-${String(Date.now())}`);
    raw.version(1).stores(stores);
    await raw.open();
    const t0 = performance.now();
    for (const [name, rows] of Object.entries(data)) await raw.table(name).bulkPut(rows);
    const ms = performance.now() - t0;
    await raw.delete();
    return ms;
  }, filter);
}
