import { generateDemoWorkspace } from '@shared/demo/index';
import { RECORD_TABLES, WORKSPACE_SETTINGS_ID, type RecordTable } from '@shared/schemas/index';
import { database } from './database';
import { bulkSaveRecords } from './records';

export interface DemoProgress {
  /** Tables written so far, out of `total`. */
  done: number;
  total: number;
  table: RecordTable;
}

/** Book sizes: the small one to explore, the others to try Steward on a delivery manager's load. */
export const DEMO_SIZES = {
  small: { accounts: 12, incidents: 400 },
  medium: { accounts: 60, incidents: 5_000 },
  large: { accounts: 500, incidents: 50_000 },
} as const;
export type DemoSize = keyof typeof DEMO_SIZES;

/** performance.measure name of the data-layer write (read by npm run bench). */
export const DEMO_WRITE_MEASURE = 'steward:demo-write';

export interface DemoResult {
  accounts: number;
  incidents: number;
}

/** Accounts first, so a partial failure never leaves incidents without their account. */
function tablesOf(demo: object): Exclude<RecordTable, 'settings'>[] {
  const known = new Set<string>(RECORD_TABLES);
  const tables = Object.keys(demo).filter(
    (key): key is Exclude<RecordTable, 'settings'> => key !== 'settings' && known.has(key),
  );
  return tables.sort((a, b) => Number(b === 'accounts') - Number(a === 'accounts'));
}

/**
 * Fills the workspace with the seeded demo book (seed 42, dated around `now`). Demo rows are
 * local only: no outbox entries, so they never reach the sync server. Existing workspace
 * settings are kept.
 */
export async function loadDemoWorkspace(
  onProgress: (progress: DemoProgress) => void = () => undefined,
  now: Date = new Date(),
  size: DemoSize = 'small',
): Promise<DemoResult> {
  const demo = generateDemoWorkspace({ seed: 42, now, ...DEMO_SIZES[size] });
  const started = performance.now();
  const tables = tablesOf(demo);
  const total = tables.length + 1;
  let done = 0;
  for (const table of tables) {
    const rows: unknown = (demo as unknown as Record<string, unknown>)[table];
    await bulkSaveRecords(table, Array.isArray(rows) ? rows : [], { outbox: false, now });
    onProgress({ done: ++done, total, table });
  }
  if (!(await database().settings.get(WORKSPACE_SETTINGS_ID))) {
    await bulkSaveRecords('settings', [demo.settings], { outbox: false, now });
  }
  performance.measure(DEMO_WRITE_MEASURE, { start: started, end: performance.now() });
  onProgress({ done: done + 1, total, table: 'settings' });
  return { accounts: demo.accounts.length, incidents: demo.incidents.length };
}
