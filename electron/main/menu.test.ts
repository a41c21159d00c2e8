import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

const ownAccelerators = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
    ...(Array.isArray(item.submenu) ? ownAccelerators(item.submenu) : []),
  ]);

describe('application menu', () => {
  it('has the usual roles on Linux and Windows', () => {
    const template = buildMenuTemplate({ isMac: false, appName: 'Steward', isPackaged: false });
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'togglefullscreen',
        'windowMenu',
      ]),
    );
    expect(template[0]?.label).toBe('&File');
  });

  it('has the app menu first on macOS', () => {
    const template = buildMenuTemplate({ isMac: true, appName: 'Steward', isPackaged: false });
    expect(template[0]?.label).toBe('Steward');
    expect(roles(template)).toContain('hideOthers');
  });

  it('uses CmdOrCtrl accelerators where it sets its own', () => {
    for (const isMac of [false, true]) {
      const accelerators = ownAccelerators(
        buildMenuTemplate({ isMac, appName: 'S', isPackaged: false }),
      );
      // The menu sets these four itself; an empty list would prove nothing.
      expect(accelerators.sort()).toEqual(
        ['CmdOrCtrl+=', 'CmdOrCtrl+K', 'CmdOrCtrl+N', 'CmdOrCtrl+Shift+N'].sort(),
      );
      for (const a of accelerators) expect(a).toMatch(/^CmdOrCtrl\+/);
    }
  });

  it('forwards New Incident, New Account and Find to the page with their accelerators', () => {
    const sent: string[] = [];
    const template = buildMenuTemplate({
      isMac: false,
      appName: 'S',
      isPackaged: true,
      onCommand: (command) => sent.push(command),
    });
    const items = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
    const byLabel = (label: string) => items.find((i) => i.label === label);
    const expected = [
      ['New &Incident', 'CmdOrCtrl+N', 'new-incident'],
      ['New &Account', 'CmdOrCtrl+Shift+N', 'new-account'],
      ['&Find…', 'CmdOrCtrl+K', 'find'],
    ] as const;
    for (const [label, accelerator] of expected) {
      const item = byLabel(label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as (() => void) | undefined)?.();
    }
    expect(sent).toEqual(expected.map(([, , command]) => command));
  });

  it('offers DevTools in development only, never in a packaged build', () => {
    for (const isMac of [false, true]) {
      const dev = roles(buildMenuTemplate({ isMac, appName: 'S', isPackaged: false }));
      const packaged = roles(buildMenuTemplate({ isMac, appName: 'S', isPackaged: true }));
      expect(dev).toContain('toggleDevTools');
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).toEqual(dev.filter((r) => r !== 'toggleDevTools'));
    }
  });
});
