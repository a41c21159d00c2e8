import { readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../renderer/csp';
import { BRIDGE_EVENTS } from '../../shared/bridge/contract';
import { createBridgeHandlers } from './handlers';
import { registerBridge } from './ipc';
import { buildMenuTemplate } from './menu';
import { createPdfExporter } from './pdf';
import { createSecretStore } from './secrets';
import { APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './protocol';
import { hardenWebContents, isPermissionAllowed, secureWebPreferences } from './security';
import { MIN_HEIGHT, MIN_WIDTH, restoreBounds, serializeBounds } from './window-state';

// Must run before 'ready': app:// behaves like https (secure, standard) so IndexedDB works.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDir = join(import.meta.dirname, '../renderer');
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const stateFile = (): string => join(app.getPath('userData'), 'window-state.json');
const secretsFile = (): string => join(app.getPath('userData'), 'secrets.json');

function readState(): string | null {
  try {
    return readFileSync(stateFile(), 'utf8');
  } catch {
    return null;
  }
}

function createMainWindow(): BrowserWindow {
  const bounds = restoreBounds(
    readState(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Steward',
    backgroundColor: '#1b1f24',
    webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    try {
      writeFileSync(stateFile(), serializeBounds({ ...b, maximized: win.isMaximized() }));
    } catch {
      // Losing the window position is harmless; never block closing on it.
    }
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const openExternal = (url: string): Promise<void> => shell.openExternal(url);

  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    const ses = session.defaultSession;
    ses.protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({
        rootDir: rendererDir,
        readFile: (path) => readFile(path),
        contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      }),
    );
    ses.setPermissionRequestHandler((contents, permission, callback) =>
      callback(isPermissionAllowed(permission, contents.getURL())),
    );
    ses.setPermissionCheckHandler((_contents, permission, origin) =>
      isPermissionAllowed(permission, origin),
    );
    registerBridge(ipcMain, {
      ...createBridgeHandlers({
        version: app.getVersion(),
        platform: process.platform,
        shell,
        dialog,
        writeFile: (path, data) => writeFile(path, data),
        defaultDirectory: () => app.getPath('documents'),
        Notification,
      }),
      exportPdf: createPdfExporter({
        BrowserWindow,
        webPreferences: secureWebPreferences(preloadPath, app.isPackaged),
        dialog,
        writeFile: (path, data) => writeFile(path, data),
        defaultDirectory: () => app.getPath('documents'),
      }),
      ...createSecretStore({
        safeStorage,
        platform: process.platform,
        readFile: () => readFile(secretsFile(), 'utf8').catch(() => null),
        writeFile: (text) => writeFile(secretsFile(), text, { mode: 0o600 }),
      }),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          isMac: process.platform === 'darwin',
          appName: app.getName(),
          isPackaged: app.isPackaged,
          onCommand: (command) =>
            mainWindow?.webContents.send(BRIDGE_EVENTS.onMenuCommand, command),
        }),
      ),
    );
    mainWindow = createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
  });
}
