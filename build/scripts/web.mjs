// npm run web: build the renderer and serve it on localhost, using the browser bridge.
// Usage: npm run web [-- --port N] [-- --no-build] [-- --out-dir DIR]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    'no-build': { type: 'boolean', default: false },
    // Lets parallel test runs build and serve their own copy.
    'out-dir': { type: 'string' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a whole number from 1 to 65535 (got "${values.port}").`);
  process.exit(2);
}

const configFile = resolve(import.meta.dirname, '../../renderer/vite.config.ts');
const outDir = values['out-dir'] ? resolve(values['out-dir']) : undefined;
const override = outDir ? { build: { outDir } } : {};
if (!values['no-build']) await build({ configFile, logLevel: 'warn', ...override });
await preview({ configFile, ...override, preview: { port, strictPort: true, open: false } });
// Bound to 127.0.0.1 only (never the network); localhost resolves to it.
const url = `http://localhost:${port}/`;
console.log(`Steward is running at ${url}  (Ctrl+C to stop)`);
