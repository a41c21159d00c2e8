import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER } from '../../shared/sync/index';
import { ApiError } from './errors';

/**
 * Origins always allowed: the desktop app (`app://steward`) and the web build served by
 * `npm run web` on its default port. Others are named with `--cors-origin` / STEWARD_CORS_ORIGINS.
 */
export const DEFAULT_CORS_ORIGINS: readonly string[] = ['app://steward', 'http://localhost:5174'];

const ORIGIN =
  /^[a-z][a-z0-9+.-]*:\/\/[a-z0-9.-]+(:\d{1,5})?$|^[a-z][a-z0-9+.-]*:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/;

/** An origin as a browser sends it (`scheme://host[:port]`, lower case), or why it is not one. */
export function parseOrigin(text: string): string {
  const origin = text.trim().toLowerCase();
  if (origin === '*' || origin === 'null') {
    throw new Error(
      `"${text}" is not allowed as a CORS origin: name each origin, such as https://steward.example.com.`,
    );
  }
  if (!ORIGIN.test(origin)) {
    throw new Error(
      `"${text}" is not an origin: write scheme://host[:port] with no path, such as https://steward.example.com.`,
    );
  }
  return origin;
}

/**
 * Cross-origin calls only from the app's own origins and the ones named in the settings; never
 * `*`. A browser request from any other origin is refused (403) before it reaches a route, so a
 * page elsewhere cannot use a token it got hold of. Requests with no Origin (not from a browser
 * page: the command line, other servers, tests) are not affected.
 */
export function installCors(app: FastifyInstance, extra: readonly string[] = []): void {
  const allowed = new Set([...DEFAULT_CORS_ORIGINS, ...extra]);
  app.addHook('onRequest', (request, reply, done) => {
    const origin = request.headers.origin;
    if (origin === undefined) {
      done();
      return;
    }
    void reply.header('vary', 'origin');
    if (!allowed.has(origin.toLowerCase())) {
      done(
        new ApiError(
          403,
          'origin-not-allowed',
          `Requests from ${origin.slice(0, 200)} are not allowed: the server administrator can add this origin with --cors-origin or STEWARD_CORS_ORIGINS.`,
        ),
      );
      return;
    }
    void reply.header('access-control-allow-origin', origin);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      void reply
        .status(204)
        .header('access-control-allow-methods', 'GET, POST, PATCH, DELETE, OPTIONS')
        .header('access-control-allow-headers', `authorization, content-type, ${PROTOCOL_HEADER}`)
        .header('access-control-max-age', '600')
        .send();
      return;
    }
    done();
  });
}
