/**
 * Client ranking keys merge per record (each move rewrites only the moved
 * incident's `rankKey`), so concurrent moves of different incidents all survive.
 * Concurrent inserts can leave two incidents of one account with the same key;
 * after a pull the client runs this and pushes the repairs like any edit. The
 * repair is a pure function of the synced state, so replicas that agree on the
 * state push the same values and converge.
 */
import { dedupeRankKeys } from '../ranking/index';
import type { Ranked, RankUpdate } from '../ranking/index';
import type { JsonValue } from './json';

/** Re-keys duplicate `rankKey`s among each account's live incidents (values as `valuesOf` gives them). */
export function rankKeyRepairs(
  incidents: ReadonlyArray<Readonly<Record<string, JsonValue>>>,
): RankUpdate[] {
  const byAccount = new Map<string, Ranked[]>();
  for (const inc of incidents) {
    const { id, accountId, rankKey, deletedAt } = inc;
    if (typeof id !== 'string' || typeof accountId !== 'string') continue;
    if (typeof rankKey !== 'string' || (deletedAt !== null && deletedAt !== undefined)) continue;
    const list = byAccount.get(accountId) ?? [];
    list.push({ id, rankKey });
    byAccount.set(accountId, list);
  }
  const accounts = [...byAccount.keys()].sort();
  return accounts.flatMap((a) => dedupeRankKeys(byAccount.get(a) ?? []));
}
