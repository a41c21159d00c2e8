import type { ServerOptions } from 'node:http';
import { MAX_PULL_WAIT_MS } from '../../shared/sync/index';

/** Timeouts and caps of the HTTP server (see USAGE in config.ts for what each protects). */
export interface HttpLimits {
  /** A request's headers must arrive within this. */
  headersTimeoutMs: number;
  /** The whole request (headers and body) must arrive within this; a half-sent body is dropped. */
  requestTimeoutMs: number;
  /** How often Node looks for requests over those two timeouts. */
  checkIntervalMs: number;
  /** A connection with no traffic either way is closed after this (longer than a pull's wait). */
  idleTimeoutMs: number;
  /** A kept-alive connection waiting for its next request is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; more are refused at accept. Each device holds one open pull. */
  maxConnections: number;
}

/**
 * A half-sent request is dropped within requestTimeout + checkInterval = 25 s. Idle and
 * keep-alive timeouts exceed the longest pull wait (30 s), so a waiting pull is never cut, and
 * 60 s+ outlasts the idle timeout of common proxies, which then never reuse a closed connection.
 */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  checkIntervalMs: 5_000,
  idleTimeoutMs: MAX_PULL_WAIT_MS + 45_000,
  keepAliveTimeoutMs: MAX_PULL_WAIT_MS + 35_000,
  maxConnections: 4_000,
};

/** Fastify's options for these limits (the connection cap is set on the server once built). */
export function serverOptions(limits: HttpLimits): {
  requestTimeout: number;
  connectionTimeout: number;
  keepAliveTimeout: number;
  http: ServerOptions;
} {
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      // Node refuses a headers timeout longer than the request timeout.
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.checkIntervalMs,
    },
  };
}
