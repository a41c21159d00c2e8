import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/bridge/contract';

/** Labels come from the main process locale; the renderer has its own translated UI. */
export interface MenuOptions {
  isMac: boolean;
  appName: string;
  /** app.isPackaged: an installed build has no DevTools (reload and zoom stay). */
  isPackaged: boolean;
  /** Forwards a command to the page (webContents.send on BRIDGE_EVENTS.onMenuCommand). */
  onCommand?: (command: MenuCommand) => void;
}

/** The application menu: standard roles with CmdOrCtrl accelerators on every platform. */
export function buildMenuTemplate({
  isMac,
  appName,
  isPackaged,
  onCommand,
}: MenuOptions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  // The page runs the same command as its own shortcut; the menu only names it and forwards it.
  const command = (label: string, accelerator: string, id: MenuCommand) => ({
    label,
    accelerator,
    click: () => onCommand?.(id),
  });
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        command('New &Incident', 'CmdOrCtrl+N', 'new-incident'),
        command('New &Account', 'CmdOrCtrl+Shift+N', 'new-account'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('&Find…', 'CmdOrCtrl+K', 'find'),
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        ...(isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Window', role: 'windowMenu' },
    { label: '&Help', role: 'help', submenu: [{ role: 'about' }] },
  );
  return template;
}
