/**
 * Content-Security-Policy of the app, in one place: the Electron protocol handler sends it as a
 * header, the web build injects it as a <meta> tag (where frame-ancestors is not allowed).
 * connect-src admits https and loopback http so the user's sync server can be reached.
 */
const directives: [string, string][] = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self' https: http://localhost:* http://127.0.0.1:*"],
  ['worker-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

export const CONTENT_SECURITY_POLICY_META = directives.map(([k, v]) => `${k} ${v}`).join('; ');
export const CONTENT_SECURITY_POLICY = `${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`;
