/** The rows of the "add monitored interfaces" dialog: several names in one save. Pure. */
export interface InterfaceRow {
  key: number;
  name: string;
  critical: boolean;
}

export type RowProblem = 'required' | 'duplicate' | 'repeated';

const norm = (name: string) => name.trim().toLowerCase();

/**
 * What each row needs fixed: a name already monitored ('duplicate'), one typed twice in the
 * dialog ('repeated', on the later row), or nothing at all typed ('required', on the first row).
 * Blank rows among filled ones are ignored: the user added a row and did not use it.
 */
export function checkRows(
  rows: readonly InterfaceRow[],
  existing: readonly string[],
): Map<number, RowProblem> {
  const problems = new Map<number, RowProblem>();
  const known = new Set(existing.map(norm));
  const seen = new Set<string>();
  for (const row of rows) {
    const name = norm(row.name);
    if (name === '') continue;
    if (known.has(name)) problems.set(row.key, 'duplicate');
    else if (seen.has(name)) problems.set(row.key, 'repeated');
    seen.add(name);
  }
  const first = rows[0];
  if (seen.size === 0 && first !== undefined) problems.set(first.key, 'required');
  return problems;
}

/** The rows to store: filled ones, names trimmed. */
export function filledRows(
  rows: readonly InterfaceRow[],
): Array<{ name: string; critical: boolean }> {
  return rows
    .filter((r) => r.name.trim() !== '')
    .map((r) => ({ name: r.name.trim(), critical: r.critical }));
}

/**
 * Text pasted into a name field: one line stays in that row; several lines fill that row and
 * open one row per further line (a list copied from a spreadsheet or an e-mail).
 */
export function spreadPaste(
  rows: readonly InterfaceRow[],
  key: number,
  text: string,
  nextKey: () => number,
): InterfaceRow[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 2) return null;
  const at = rows.findIndex((r) => r.key === key);
  if (at < 0) return null;
  const current = rows[at];
  const added = lines.slice(1).map((name) => ({ key: nextKey(), name, critical: false }));
  return [
    ...rows.slice(0, at),
    { key, name: lines[0] ?? '', critical: current?.critical ?? false },
    ...added,
    ...rows.slice(at + 1),
  ];
}
