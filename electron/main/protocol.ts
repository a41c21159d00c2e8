import { extname, resolve, sep } from 'node:path';

/** The renderer is served from app://steward/ so IndexedDB keeps one stable origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'steward';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file inside rootDir, or null when the URL is not ours or would escape
 * the root (../, encoded dots, backslashes, NUL bytes). Paths without an extension are
 * client-side routes and get index.html.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  // The URL parser folds "/../" away; a request that tried it is refused, not silently rewritten.
  if (/(^|[/\\])(\.|%2e){2}([/\\?#]|%2f|%5c|$)/i.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const root = resolve(rootDir);
  const relative = segments.join('/');
  const target = resolve(root, relative === '' ? 'index.html' : relative);
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (extname(target) === '') return resolve(root, 'index.html');
  return target;
}

export interface ProtocolDeps {
  rootDir: string;
  readFile: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
  contentSecurityPolicy: string;
}

/** Builds the handler given to protocol.handle(APP_SCHEME, …). */
export function createAppProtocolHandler(deps: ProtocolDeps) {
  const securityHeaders = {
    'Content-Security-Policy': deps.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  return async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders });
    }
    const file = resolveAppFile(deps.rootDir, request.url);
    if (file === null) return new Response('Not found', { status: 404, headers: securityHeaders });
    try {
      const body = await deps.readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': mimeTypeFor(file) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers: securityHeaders });
    }
  };
}
