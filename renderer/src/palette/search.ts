import { fold } from '../queue';

export type EntryKind = 'command' | 'account' | 'incident';

export interface PaletteEntry {
  /** Unique across kinds, e.g. "account:acc-1". */
  key: string;
  kind: EntryKind;
  label: string;
  /** Secondary text (an incident's account); searched too. */
  detail?: string;
}

export interface Indexed<E extends PaletteEntry> {
  entry: E;
  label: string;
  text: string;
}

/** Folds labels once, so typing searches 50,000 incidents without re-normalizing them. */
export function indexEntries<E extends PaletteEntry>(entries: readonly E[]): Array<Indexed<E>> {
  return entries.map((entry) => ({
    entry,
    label: fold(entry.label),
    text: fold(entry.detail ? `${entry.label} ${entry.detail}` : entry.label),
  }));
}

const KIND_ORDER: Record<EntryKind, number> = { command: 0, account: 1, incident: 2 };

/**
 * Lower is better: the label starts with the query (0), a word of the label starts with it (1),
 * every query word starts a word (2), the words appear anywhere (3); null when a word is missing.
 * Case and accents are ignored.
 */
export function matchScore(label: string, text: string, query: string): number | null {
  const words = query.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 3;
  if (!words.every((w) => text.includes(w))) return null;
  if (label.startsWith(query)) return 0;
  const starts = (w: string) => text.startsWith(w) || text.includes(` ${w}`);
  if (label.includes(` ${query}`)) return 1;
  return words.every(starts) ? 2 : 3;
}

export interface SearchResult<E extends PaletteEntry> {
  results: E[];
  /** How many matched before the limit. */
  total: number;
}

/**
 * Best matches first (score, then commands before accounts before incidents, then shorter and
 * alphabetical labels). An empty query lists the commands, then the accounts.
 */
export function searchEntries<E extends PaletteEntry>(
  index: ReadonlyArray<Indexed<E>>,
  rawQuery: string,
  limit = 50,
): SearchResult<E> {
  const query = fold(rawQuery.trim()).replace(/\s+/g, ' ');
  const scored: Array<{ e: Indexed<E>; score: number; order: number }> = [];
  index.forEach((e, order) => {
    if (query === '' && e.entry.kind === 'incident') return;
    const score = query === '' ? 0 : matchScore(e.label, e.text, query);
    if (score !== null) scored.push({ e, score, order });
  });
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_ORDER[a.e.entry.kind] - KIND_ORDER[b.e.entry.kind] ||
      (query === '' && a.e.entry.kind === 'command' ? a.order - b.order : 0) ||
      (query === '' ? 0 : a.e.label.length - b.e.label.length) ||
      (a.e.label < b.e.label ? -1 : a.e.label > b.e.label ? 1 : 0) ||
      a.order - b.order,
  );
  return { results: scored.slice(0, limit).map((s) => s.e.entry), total: scored.length };
}
