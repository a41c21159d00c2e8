import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import type { z } from 'zod';
import type { ErrorResponse } from '../../shared/sync/index';

/** An error the client caused or must act on: sent as is, never logged as a failure. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function zodIssues(err: ZodError): Array<{ path: string; message: string }> {
  return err.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function summary(issues: Array<{ path: string; message: string }>): string {
  const shown = issues
    .slice(0, 5)
    .map((i) => (i.path === '' ? i.message : `${i.path}: ${i.message}`));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return `Invalid request: ${shown.join('; ')}${more}`;
}

/** Parses with zod; failures become a 400 listing what is wrong. */
export function parseOr400<T>(schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = zodIssues(result.error);
  throw new ApiError(400, 'invalid-request', summary(issues), issues);
}

const body = (code: string, message: string, issues?: ErrorResponse['error']['issues']) =>
  ({
    error: issues === undefined ? { code, message } : { code, message, issues },
  }) satisfies ErrorResponse;

/** Every error leaves as `{error: {code, message}}`; client mistakes keep their 4xx status. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | ApiError | ZodError, request, reply) => {
    if (err instanceof ApiError) {
      return reply.status(err.statusCode).send(body(err.code, err.message, err.issues));
    }
    if (err instanceof ZodError) {
      const issues = zodIssues(err);
      return reply.status(400).send(body('invalid-request', summary(issues), issues));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const code = status === 413 ? 'too-large' : status === 429 ? 'rate-limited' : 'bad-request';
      const message =
        status === 413 ? 'The request is too large: send smaller batches.' : err.message;
      return reply.status(status).send(body(code, message));
    }
    request.log.error({ err }, 'request failed');
    return reply.status(500).send(body('internal', 'The server failed; try again later.'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(body('not-found', `No route ${request.method} ${request.url}`)),
  );
}
