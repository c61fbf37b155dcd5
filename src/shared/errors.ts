/**
 * The one error type of the system. Use cases throw it; the edge turns it into
 * RFC 9457 problem details. `code` is stable and machine-readable; `field` names
 * the input at fault (a dotted path such as `body.lines.0.seats`), when there is one.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;
  /** Extra members copied into the problem details (e.g. `takenSeats`, `currentStatus`). */
  readonly extra: Record<string, unknown> | undefined;

  constructor(options: {
    code: string;
    status: number;
    message: string;
    field?: string;
    extra?: Record<string, unknown>;
    cause?: unknown;
  }) {
    super(options.message, { cause: options.cause });
    this.name = 'AppError';
    this.code = options.code;
    this.status = options.status;
    this.field = options.field;
    this.extra = options.extra;
  }
}

type Details = { field?: string; extra?: Record<string, unknown> };

export const badRequest = (code: string, message: string, details: Details = {}) =>
  new AppError({ code, status: 400, message, ...details });

export const unauthorized = (code: string, message: string) =>
  new AppError({ code, status: 401, message });

export const forbidden = (code: string, message: string) =>
  new AppError({ code, status: 403, message });

export const notFound = (code: string, message: string, details: Details = {}) =>
  new AppError({ code, status: 404, message, ...details });

export const conflict = (code: string, message: string, details: Details = {}) =>
  new AppError({ code, status: 409, message, ...details });

/** 422: the input is well-formed but breaks a business rule (a service flag, a schedule rule). */
export const unprocessable = (code: string, message: string, details: Details = {}) =>
  new AppError({ code, status: 422, message, ...details });

export const tooManyRequests = (code: string, message: string, retryAfterSeconds: number) =>
  new AppError({ code, status: 429, message, extra: { retryAfterSeconds } });

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
