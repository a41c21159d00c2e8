import type { FastifyInstance } from 'fastify';
import { PROTOCOL_HEADER } from '../../shared/sync/index';

/**
 * The app calls the server from its own origin (app:// in Electron, localhost in the web build),
 * so every route answers cross-origin requests. Auth is a bearer token, never a cookie, so
 * allowing any origin exposes nothing a page could not already send.
 */
export function installCors(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      void reply
        .status(204)
        .header('access-control-allow-methods', 'GET, POST, OPTIONS')
        .header('access-control-allow-headers', `authorization, content-type, ${PROTOCOL_HEADER}`)
        .header('access-control-max-age', '600')
        .send();
      return;
    }
    done();
  });
}
