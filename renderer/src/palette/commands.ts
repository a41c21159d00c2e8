import type { TFunction } from 'i18next';
import { savePreferences } from '../db/preferences';
import type { PaletteEntry } from './search';

export const COMMAND_IDS = [
  'newIncident',
  'newAccount',
  'goQueue',
  'goAccounts',
  'goSettings',
  'goTrash',
  'switchLanguage',
  'toggleTheme',
  'showShortcuts',
] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

export interface CommandEntry extends PaletteEntry {
  kind: 'command';
  command: CommandId;
}

export interface CommandContext {
  navigate: (to: string) => void;
  showShortcuts: () => void;
  /** The account on screen, so "New incident" is pre-filled with it. */
  accountId: string | null;
  language: string;
  theme: string | undefined;
}

/** The commands as palette entries, labelled for the current language and theme. */
export function commandEntries(t: TFunction, theme: string | undefined): CommandEntry[] {
  return COMMAND_IDS.map((command) => ({
    key: `command:${command}`,
    kind: 'command',
    command,
    label:
      command === 'toggleTheme' && theme === 'dark'
        ? t('palette.commands.toggleThemeLight')
        : t(`palette.commands.${command}`),
  }));
}

export async function runCommand(command: CommandId, ctx: CommandContext): Promise<void> {
  switch (command) {
    case 'newIncident':
      ctx.navigate(
        ctx.accountId
          ? `/incidents/new?account=${encodeURIComponent(ctx.accountId)}`
          : '/incidents/new',
      );
      return;
    case 'newAccount':
      ctx.navigate('/accounts/new');
      return;
    case 'goQueue':
      ctx.navigate('/queue');
      return;
    case 'goAccounts':
      ctx.navigate('/accounts');
      return;
    case 'goSettings':
      ctx.navigate('/settings');
      return;
    case 'goTrash':
      ctx.navigate('/trash');
      return;
    case 'switchLanguage':
      await savePreferences({ language: ctx.language.startsWith('fr') ? 'en' : 'fr' });
      return;
    case 'toggleTheme':
      await savePreferences({ theme: ctx.theme === 'dark' ? 'light' : 'dark' });
      return;
    case 'showShortcuts':
      ctx.showShortcuts();
      return;
  }
}
