export {
  applyRankUpdates,
  compareKeys,
  compareRanked,
  dedupeRankKeys,
  keyForInsertAt,
  moveDown,
  moveToBottom,
  moveToIndex,
  moveToTop,
  moveUp,
  rankKeyBetween,
  rebalanceRankKeys,
  sortByRank,
} from './keys';
export type { RankUpdate, Ranked } from './keys';
