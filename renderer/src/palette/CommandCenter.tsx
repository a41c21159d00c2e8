import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { MenuCommand } from '@shared/bridge/index';
import { bridge } from '../bridge';
import { CommandPalette } from './CommandPalette';
import type { CommandContext } from './commands';
import { usePaletteUi } from './palette-store';
import { isEditableTarget, matchesShortcut } from '../ui/shortcuts';
import { ShortcutsHelp } from './ShortcutsHelp';

type Action = 'palette' | 'help' | 'newIncident' | 'newAccount';

const MENU_ACTIONS: Record<MenuCommand, Action> = {
  find: 'palette',
  'new-incident': 'newIncident',
  'new-account': 'newAccount',
};

/** Which global shortcut a key press is, if any. "?" is ignored while typing in a field. */
export function globalAction(e: KeyboardEvent): Action | null {
  if (matchesShortcut(e, 'palette')) return 'palette';
  if (matchesShortcut(e, 'newAccount')) return 'newAccount';
  if (matchesShortcut(e, 'newIncident')) return 'newIncident';
  if (matchesShortcut(e, 'help') && (e.key === 'F1' || !isEditableTarget(e.target))) return 'help';
  return null;
}

/**
 * Mounted once in the layout: global shortcuts, the application menu's commands (desktop),
 * the command palette and the shortcuts help. Every action is idempotent, so the menu
 * accelerator and the page shortcut firing together do no harm.
 */
export function CommandCenter() {
  const navigate = useNavigate();
  const location = useLocation();
  const setPaletteOpen = usePaletteUi((s) => s.setPaletteOpen);
  const setHelpOpen = usePaletteUi((s) => s.setHelpOpen);
  const accountId = /^\/accounts\/([^/]+)$/.exec(location.pathname)?.[1] ?? null;
  const context: Omit<CommandContext, 'theme' | 'language'> = {
    navigate: (to) => void navigate(to),
    showShortcuts: () => setHelpOpen(true),
    accountId: accountId === 'new' ? null : accountId,
  };
  // Handlers below read the latest context without re-subscribing on every navigation.
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });

  useEffect(() => {
    const perform = (action: Action) => {
      if (action === 'palette') setPaletteOpen(true);
      else if (action === 'help') setHelpOpen(true);
      else {
        setPaletteOpen(false);
        setHelpOpen(false);
        const id = latest.current.accountId;
        latest.current.navigate(
          action === 'newAccount'
            ? '/accounts/new'
            : id
              ? `/incidents/new?account=${encodeURIComponent(id)}`
              : '/incidents/new',
        );
      }
    };
    const onKey = (e: KeyboardEvent) => {
      const action = globalAction(e);
      if (action === null) return;
      e.preventDefault();
      perform(action);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = bridge().onMenuCommand((command) => perform(MENU_ACTIONS[command]));
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [setPaletteOpen, setHelpOpen]);

  return (
    <>
      <CommandPalette context={context} />
      <ShortcutsHelp />
    </>
  );
}
