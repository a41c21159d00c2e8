import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './csp.ts';

/** The built page carries the same policy the desktop shell sends as a header. */
function cspMeta(): Plugin {
  return {
    name: 'steward-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Renderer build options shared by the desktop build and the web build. Paths are computed from
 * the repository root the caller passes, since config files are bundled before they run.
 */
export function rendererConfig(repoRoot: string): UserConfig {
  const root = resolve(repoRoot, 'renderer');
  const { version } = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return {
    root,
    base: './',
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [react(), cspMeta()],
    resolve: { alias: { '@shared': resolve(repoRoot, 'shared') } },
    build: {
      outDir: resolve(repoRoot, 'out/renderer'),
      emptyOutDir: true,
      target: 'es2023',
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: resolve(root, 'index.html') },
    },
    preview: { host: '127.0.0.1', strictPort: true },
  };
}

// Lazy: evaluated only when this file is the config (electron-vite imports rendererConfig only).
export default defineConfig(() => rendererConfig(resolve(import.meta.dirname, '..')));
