import type { PlanId, Severity } from '../domain/types';
import { planLevel } from '../domain/types';
import { compareKeys } from '../ranking/keys';

export interface PriorityItem {
  id: string;
  accountId: string;
  severity: Severity;
  plan: PlanId;
  /** Working time left on the SLA clock (negative once breached); null = no running clock. */
  timeLeftMs: number | null;
  /** Epoch ms or Date of the report; older first on ties. */
  reportedAt: number | Date;
  /** Client ranking key; null when the account does not rank or the item is unranked. */
  rankKey: string | null;
}

export interface PrioritizedIncident<T extends PriorityItem = PriorityItem> {
  item: T;
  /** 0-based place in the queue. */
  position: number;
  /** Time left used for ordering: own, or inherited from an item the client ranked lower. */
  effectiveTimeLeftMs: number;
  /** Id of the lower-ranked item whose deadline this one inherited, else null. */
  inheritedFromId: string | null;
  /** 0-based place in the client's ranking within (account, severity), null if unranked. */
  clientRank: number | null;
  /** now − reportedAt. */
  ageMs: number;
}

interface Work<T extends PriorityItem> {
  item: T;
  planRank: number;
  reported: number;
  tl: number;
  effTl: number;
  effReported: number;
  from: string | null;
  groupRank: number;
}

const ms = (d: number | Date) => (typeof d === 'number' ? d : d.getTime());

/**
 * The vendor's queue across accounts, a total order by the key
 * (severity, plan [Enterprise first], effective time left [breached first],
 * effective report time [older first], account, client rank, id).
 * Within one account and severity, each ranked item inherits the most urgent
 * (time left, report time) among the items the client ranked below it — a
 * suffix minimum — so the client's order is kept and promoting an incident
 * never delays the account's urgent work. O(n log n). Time left is computed by
 * the caller (incidentSla); `now` only gives each entry its age.
 */
export function prioritizeIncidents<T extends PriorityItem>(
  items: readonly T[],
  now: Date | number,
): Array<PrioritizedIncident<T>> {
  const nowMs = ms(now);
  const work: Array<Work<T>> = items.map((item) => {
    const tl = item.timeLeftMs ?? Number.POSITIVE_INFINITY;
    const reported = ms(item.reportedAt);
    return {
      item,
      planRank: -planLevel(item.plan),
      reported,
      tl,
      effTl: tl,
      effReported: reported,
      from: null,
      groupRank: Number.POSITIVE_INFINITY,
    };
  });

  const groups = new Map<string, Array<Work<T>>>();
  for (const w of work) {
    if (w.item.rankKey === null) continue;
    const key = `${w.item.accountId}\u0000${w.item.severity}`;
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [w]);
    else g.push(w);
  }
  for (const g of groups.values()) {
    g.sort(
      (a, b) =>
        compareKeys(a.item.rankKey ?? '', b.item.rankKey ?? '') ||
        compareKeys(a.item.id, b.item.id),
    );
    let best: Work<T> | null = null;
    for (let i = g.length - 1; i >= 0; i--) {
      const w = g[i];
      if (w === undefined) continue;
      w.groupRank = i;
      if (
        best === null ||
        w.tl < best.effTl ||
        (w.tl === best.effTl && w.reported <= best.effReported)
      ) {
        best = w; // own urgency wins ties: nothing to inherit
      } else {
        w.effTl = best.effTl;
        w.effReported = best.effReported;
        w.from = best.from ?? best.item.id;
      }
    }
  }

  work.sort(compareWork);
  return work.map((w, position) => ({
    item: w.item,
    position,
    effectiveTimeLeftMs: w.effTl,
    inheritedFromId: w.from,
    clientRank: Number.isFinite(w.groupRank) ? w.groupRank : null,
    ageMs: nowMs - w.reported,
  }));
}

function compareWork<T extends PriorityItem>(a: Work<T>, b: Work<T>): number {
  return (
    a.item.severity - b.item.severity ||
    a.planRank - b.planRank ||
    cmp(a.effTl, b.effTl) ||
    cmp(a.effReported, b.effReported) ||
    compareKeys(a.item.accountId, b.item.accountId) ||
    cmp(a.groupRank, b.groupRank) ||
    compareKeys(a.item.id, b.item.id)
  );
}

// Handles ±Infinity without producing NaN.
function cmp(x: number, y: number): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
