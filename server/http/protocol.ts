import type { FastifyRequest } from 'fastify';
import { MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/index';
import { ApiError } from './errors';

/** Every route but /health needs `x-steward-protocol`; old or missing → 426 "update the app". */
export function checkProtocol(request: FastifyRequest): void {
  const raw = request.headers[PROTOCOL_HEADER];
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (text === undefined || text === '') {
    throw new ApiError(
      426,
      'update-required',
      `This version of Steward is too old for the sync server (no ${PROTOCOL_HEADER} header). Update the app, then sign in again.`,
    );
  }
  const version = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(version)) {
    throw new ApiError(
      400,
      'bad-protocol',
      `${PROTOCOL_HEADER} must be a whole number such as ${PROTOCOL_VERSION}.`,
    );
  }
  if (version < MIN_PROTOCOL_VERSION) {
    throw new ApiError(
      426,
      'update-required',
      `This version of Steward (sync protocol ${version}) is too old for the server, which needs ${MIN_PROTOCOL_VERSION} or later. Update the app.`,
    );
  }
  if (version > PROTOCOL_VERSION) {
    throw new ApiError(
      400,
      'server-outdated',
      `The sync server speaks protocol ${PROTOCOL_VERSION}, older than this app (${version}). Ask your administrator to update the server.`,
    );
  }
}
