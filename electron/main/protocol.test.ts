import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../renderer/csp';
import { createAppProtocolHandler, mimeTypeFor, resolveAppFile } from './protocol';

const ROOT = '/opt/steward/renderer';

describe('resolveAppFile', () => {
  it.each([
    ['app://steward/index.html', `${ROOT}/index.html`],
    ['app://steward/', `${ROOT}/index.html`],
    ['app://steward/assets/index-abc.js', `${ROOT}/assets/index-abc.js`],
    ['app://steward/accounts/42', `${ROOT}/index.html`],
    ['app://steward/assets/a%20b.css', `${ROOT}/assets/a b.css`],
  ])('maps %s inside the root', (url, expected) => {
    expect(resolveAppFile(ROOT, url)).toBe(expected);
  });

  it.each([
    'app://../../etc/passwd',
    'app://steward/../../etc/passwd',
    'app://steward/%2e%2e/%2e%2e/etc/passwd',
    'app://steward/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
    'app://steward/..%2f..%2fetc/passwd',
    'app://steward/..%5c..%5cetc%5cpasswd',
    'app://steward/%00index.html',
    'app://steward/%E0%A4%A',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://steward/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(ROOT, url)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [`${ROOT}/index.html`, '<!doctype html>'],
    [`${ROOT}/assets/app.js`, 'console.log(1)'],
  ]);
  const read: string[] = [];
  const handler = createAppProtocolHandler({
    rootDir: ROOT,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    readFile: (path) => {
      read.push(path);
      const text = files.get(path);
      return text === undefined
        ? Promise.reject(new Error('ENOENT'))
        : Promise.resolve(new TextEncoder().encode(text));
    },
  });

  it('serves files with their type and the strict CSP header', async () => {
    const res = await handler({ url: 'app://steward/assets/app.js', method: 'GET' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/);
    // The priority queue runs in a module worker built as a file of the app.
    expect(csp).toMatch(/(^|; )worker-src 'self'( |;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for traversal without touching the disk', async () => {
    read.length = 0;
    const res = await handler({ url: 'app://../../etc/passwd' });
    expect(res.status).toBe(404);
    const encoded = await handler({ url: 'app://steward/%2e%2e/%2e%2e/etc/passwd' });
    expect(encoded.status).toBe(404);
    expect(read).toEqual([]);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a missing file and 405 for writes', async () => {
    expect((await handler({ url: 'app://steward/missing.js' })).status).toBe(404);
    expect((await handler({ url: 'app://steward/index.html', method: 'POST' })).status).toBe(405);
  });

  it('knows the common types', () => {
    expect(mimeTypeFor('/a/b.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/a/b.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('/a/b.bin')).toBe('application/octet-stream');
  });
});
