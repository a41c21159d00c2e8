import type { Member } from '../../shared/sync/index';
import type { Db } from '../db/types';

/**
 * Signed-in members by token, for a moment. Every pull and push looked its token up in the
 * database: with 200 devices that was most of the embedded database's statements. Only where one
 * process owns the database (PGlite) — then every change to tokens and members goes through this
 * process's routes, which call forget() before and after — so a sign-out, a removal or a role
 * change still counts from the next request on. Entries also lapse after `ttlMs` of server time.
 */
export class SessionCache {
  private readonly entries = new Map<string, { member: Member; at: number }>();
  /** Bumped by forget(): a lookup begun before it is not kept. */
  private generation = 0;

  constructor(
    private readonly ttlMs = 2_000,
    private readonly max = 20_000,
  ) {}

  async lookup(
    token: string,
    now: number,
    load: () => Promise<Member | null>,
  ): Promise<Member | null> {
    const hit = this.entries.get(token);
    if (hit !== undefined && now >= hit.at && now - hit.at < this.ttlMs) return hit.member;
    const generation = this.generation;
    const member = await load();
    if (member === null) this.entries.delete(token);
    else if (generation === this.generation) {
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(token, { member, at: now });
    }
    return member;
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
  }
}

const caches = new WeakMap<Db, SessionCache>();

/** The cache requireMember uses for `db` (none: every request asks the database). */
export const sessionCacheOf = (db: Db): SessionCache | undefined => caches.get(db);

export function useSessionCache(db: Db, cache: SessionCache): void {
  caches.set(db, cache);
}
