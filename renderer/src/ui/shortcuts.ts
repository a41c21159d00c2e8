/**
 * Every keyboard shortcut in one table: the global handler, the queue, the ranking panel,
 * the palette and the help dialog all read it, so the help can never drift from the code.
 */
export type ShortcutScope = 'global' | 'queue' | 'ranking' | 'palette';

export interface KeyCombo {
  /** KeyboardEvent.key; letters are matched case-insensitively. */
  key: string;
  /** Ctrl on Windows/Linux, Cmd on macOS (either is accepted). */
  mod?: boolean;
  alt?: boolean;
  /** true/false must match; 'any' ignores Shift (for "?" which needs Shift on most layouts). */
  shift?: boolean | 'any';
}

export const SHORTCUTS = [
  { id: 'palette', scope: 'global', combos: [{ key: 'k', mod: true }] },
  { id: 'help', scope: 'global', combos: [{ key: '?', shift: 'any' }, { key: 'F1' }] },
  { id: 'newIncident', scope: 'global', combos: [{ key: 'n', mod: true }] },
  { id: 'newAccount', scope: 'global', combos: [{ key: 'n', mod: true, shift: true }] },
  { id: 'queueSearch', scope: 'queue', combos: [{ key: '/' }] },
  { id: 'queueMove', scope: 'queue', combos: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }] },
  { id: 'queuePage', scope: 'queue', combos: [{ key: 'PageUp' }, { key: 'PageDown' }] },
  { id: 'queueEnds', scope: 'queue', combos: [{ key: 'Home' }, { key: 'End' }] },
  { id: 'queueOpen', scope: 'queue', combos: [{ key: 'Enter' }] },
  { id: 'rankFocus', scope: 'ranking', combos: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }] },
  { id: 'rankUp', scope: 'ranking', combos: [{ key: 'ArrowUp', alt: true }] },
  { id: 'rankDown', scope: 'ranking', combos: [{ key: 'ArrowDown', alt: true }] },
  { id: 'rankTop', scope: 'ranking', combos: [{ key: 'Home', alt: true }] },
  { id: 'rankBottom', scope: 'ranking', combos: [{ key: 'End', alt: true }] },
  { id: 'paletteMove', scope: 'palette', combos: [{ key: 'ArrowUp' }, { key: 'ArrowDown' }] },
  { id: 'paletteRun', scope: 'palette', combos: [{ key: 'Enter' }] },
  { id: 'paletteClose', scope: 'palette', combos: [{ key: 'Escape' }] },
] as const satisfies ReadonlyArray<{
  id: string;
  scope: ShortcutScope;
  combos: readonly KeyCombo[];
}>;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];
export const SHORTCUT_SCOPES: readonly ShortcutScope[] = ['global', 'queue', 'ranking', 'palette'];

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export function matchesCombo(e: KeyLike, combo: KeyCombo): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== combo.key) return false;
  if ((e.ctrlKey || e.metaKey) !== (combo.mod ?? false)) return false;
  if (e.altKey !== (combo.alt ?? false)) return false;
  const shift = combo.shift ?? false;
  return shift === 'any' || e.shiftKey === shift;
}

export function matchesShortcut(e: KeyLike, id: ShortcutId): boolean {
  const shortcut = SHORTCUTS.find((s) => s.id === id);
  return shortcut !== undefined && shortcut.combos.some((c: KeyCombo) => matchesCombo(e, c));
}

/** The first shortcut of `scope` the event matches, or null. */
export function shortcutFor(e: KeyLike, scope: ShortcutScope): ShortcutId | null {
  for (const s of SHORTCUTS) {
    if (s.scope === scope && s.combos.some((c: KeyCombo) => matchesCombo(e, c))) return s.id;
  }
  return null;
}

/** Typing in a field must not trigger single-key shortcuts such as "/" or "?". */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export const isMacPlatform = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);

/** Key caps for display, e.g. ['Ctrl', 'K']; names come from `keyName` (translated). */
export function comboCaps(
  combo: KeyCombo,
  isMac: boolean,
  keyName: (k: string) => string,
): string[] {
  const caps: string[] = [];
  if (combo.mod) caps.push(isMac ? '⌘' : keyName('Ctrl'));
  if (combo.alt) caps.push(isMac ? '⌥' : keyName('Alt'));
  if (combo.shift === true) caps.push(keyName('Shift'));
  const arrows: Record<string, string> = {
    ArrowUp: '↑',
    ArrowDown: '↓',
    ArrowLeft: '←',
    ArrowRight: '→',
  };
  const k = combo.key;
  caps.push(arrows[k] ?? (k.length === 1 ? k.toUpperCase() : keyName(k)));
  return caps;
}
