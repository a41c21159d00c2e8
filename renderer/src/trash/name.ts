/** What a deleted record was called: its name, title or similar label, if it has one. */
export function trashName(record: object): string | null {
  const r = record as Record<string, unknown>;
  for (const key of ['name', 'title', 'description', 'version', 'label']) {
    const value = r[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}
