/** The little the server needs from a database; PGlite and PostgreSQL both provide it. */
export interface Queryable {
  query<T extends object = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** NOTIFY channel a push sends its workspace id on (in its transaction, so only once committed). */
export const CHANGE_CHANNEL = 'steward_changes';

export type ChangeListener = (workspaceId: string) => void;

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` with the workspace of each change committed by any server instance
   * on this database. Resolves (never rejects) once listening, or after a failed first try
   * that keeps retrying; gives the function that unsubscribes.
   */
  onChange(listener: ChangeListener): Promise<() => void>;
  close(): Promise<void>;
}

/** bigint columns arrive as strings (pg) or numbers/bigints (PGlite). */
export function toNumber(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'string') return Number(v);
  return 0;
}
