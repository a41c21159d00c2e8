// electron-builder configuration. `npm run dist` packages on a machine that can download Electron.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.steward.desktop',
  productName: 'Steward',
  copyright: 'Copyright © Steward team',
  directories: { output: 'dist', buildResources: 'build' },
  // main and preload are bundled, the renderer too: no node_modules in the installer.
  files: ['out/**/*', 'package.json', '!**/*.map', '!node_modules/**'],
  asar: true,
  // The sync server, tests and sources never ship inside the desktop app.
  extraMetadata: { main: 'out/main/index.js' },
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    maintainer: 'Steward team <team@steward.invalid>',
    desktop: {
      entry: {
        Name: 'Steward',
        Comment: 'Client accounts, incidents, SLAs and business reviews, offline',
        Categories: 'Office;ProjectManagement;',
        StartupWMClass: 'Steward',
      },
    },
  },
  deb: { depends: ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'] },
  win: { target: ['nsis'], icon: 'build/icons/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.business',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
  },
  dmg: { sign: false },
};
