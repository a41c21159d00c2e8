import type { Queryable } from './types';

/** The tables whose plans depend on their size: pull pages, push lookups. */
const ANALYZED = 'records, changes, applied_mutations, sync_clients';

export interface PlannerStatsOptions {
  /** Rows written before statistics are refreshed, at least (default 1,000). */
  minRows?: number;
  /** …and at least this fraction of the records already there (default 0.1). */
  fraction?: number;
  /** Where a failed refresh is reported (it never fails a request). */
  onError?: (error: unknown) => void;
}

/**
 * Keeps the query planner's statistics current. PGlite has no autovacuum, and PostgreSQL's
 * runs after a minute at best: a planner that still thinks a workspace has a few hundred
 * records sorts everything after the cursor for every pull page (measured on 81k records:
 * 0.6–2 s a page, so a bootstrap took time quadratic in the book; 30–50 ms a page once
 * analysed). The server refreshes them at start and after every batch of writes that is large
 * next to what is stored.
 */
export class PlannerStats {
  private pending = 0;
  private threshold: number;
  private running: Promise<void> | null = null;
  private readonly minRows: number;
  private readonly fraction: number;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly db: Queryable,
    opts: PlannerStatsOptions = {},
  ) {
    this.minRows = opts.minRows ?? 1_000;
    this.fraction = opts.fraction ?? 0.1;
    this.onError = opts.onError ?? ((error) => console.warn('ANALYZE failed:', error));
    this.threshold = this.minRows;
  }

  /** Rows were written: refresh in the background once enough have been. */
  noteWrites(rows: number): void {
    this.pending += rows;
    if (this.pending < this.threshold || this.running !== null) return;
    this.running = this.refresh()
      .catch(this.onError)
      .finally(() => {
        this.running = null;
      });
  }

  /** Refreshes now (start-up; tests). */
  async refresh(): Promise<void> {
    this.pending = 0;
    // Another instance analysing the same tables already does the work: skip, do not wait.
    await this.db.exec(`ANALYZE (SKIP_LOCKED) ${ANALYZED}`);
    const rows = await this.db.query<{ n: unknown }>(
      "SELECT reltuples AS n FROM pg_class WHERE relname = 'records'",
    );
    const known = Math.max(0, Number(rows[0]?.n ?? 0));
    this.threshold = Math.max(this.minRows, Math.ceil(known * this.fraction));
  }

  /** Resolves when no refresh is running (before the database closes). */
  async idle(): Promise<void> {
    await this.running;
  }
}
