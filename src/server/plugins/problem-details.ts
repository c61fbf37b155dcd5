import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, isAppError } from '../../shared/errors.ts';

/** An RFC 9457 problem details body, with our stable `code` and the `field` at fault. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId: string;
  field?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

const contextNames: Record<string, string> = { querystring: 'query', body: 'body', params: 'params', headers: 'headers' };

function fieldOf(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
  const prefix = contextNames[context ?? ''] ?? context ?? 'request';
  return path ? `${prefix}.${path}` : prefix;
}

// PostgreSQL errors that mean "your input conflicts with the data", not "we broke".
function fromDatabaseError(error: { code?: string; constraint?: string; detail?: string }): AppError | undefined {
  switch (error.code) {
    case '23505':
      return new AppError({ code: 'already_exists', status: 409, message: 'A record with these values already exists.', extra: { constraint: error.constraint } });
    case '23P01':
      return new AppError({ code: 'conflicting_record', status: 409, message: 'This conflicts with an existing record.', extra: { constraint: error.constraint } });
    case '23503':
      return new AppError({ code: 'referenced_record_missing', status: 409, message: 'A record this refers to does not exist, or others still refer to it.' });
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return new AppError({ code: 'invalid_value', status: 400, message: 'A value is not valid.' });
    default:
      return undefined;
  }
}

// Drizzle wraps the driver's error; the PostgreSQL code is on the cause.
function databaseErrorOf(error: unknown): { code?: string; constraint?: string } {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return current as { code: string };
    current = (current as { cause?: unknown }).cause;
  }
  return {};
}

export function toProblem(error: unknown, request: FastifyRequest): ProblemDetails {
  const base = { instance: request.url, requestId: String(request.id) };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      field: fieldOf(error.validationContext, issue.instancePath),
      message: issue.message ?? 'is not valid',
    }));
    const first = errors[0] ?? { field: 'request', message: 'is not valid' };
    return { type: 'about:blank', title: 'Bad Request', status: 400, code: 'validation_failed', detail: `${first.field}: ${first.message}`, field: first.field, errors, ...base };
  }
  const appError = isAppError(error) ? error : fromDatabaseError(databaseErrorOf(error));
  if (appError) {
    return {
      ...(appError.extra ?? {}),
      type: 'about:blank',
      title: titleOf(appError.status),
      status: appError.status,
      code: appError.code,
      detail: appError.message,
      ...(appError.field ? { field: appError.field } : {}),
      ...base,
    };
  }
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500 && !isResponseSerializationError(error)) {
    // Fastify's own 4xx: malformed JSON, body too large, unsupported media type.
    const code = (fastifyError.code ?? 'bad_request').replace(/^FST_ERR_/, '').toLowerCase();
    return { type: 'about:blank', title: titleOf(status), status, code, detail: fastifyError.message, ...base };
  }
  return { type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal_error', detail: 'Something went wrong on our side. It has been logged; please try again.', ...base };
}

function titleOf(status: number): string {
  const titles: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 410: 'Gone', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests', 503: 'Service Unavailable' };
  return titles[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}

export function sendProblem(reply: FastifyReply, problem: ProblemDetails): FastifyReply {
  if (problem.status === 429 && typeof problem.retryAfterSeconds === 'number') reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply.status(problem.status).type('application/problem+json').send(problem);
}

/** Turns every error and every unknown route into problem details; never a stack trace. */
export const problemDetails = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code, status: problem.status }, 'request refused');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, {
      type: 'about:blank', title: 'Not Found', status: 404, code: 'route_not_found',
      detail: `There is no ${request.method} ${request.url.split('?')[0]}.`, instance: request.url, requestId: String(request.id),
    }),
  );
});
