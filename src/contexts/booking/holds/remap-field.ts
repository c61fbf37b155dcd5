import { AppError, isAppError } from '../../../shared/errors.ts';

/** Re-throws an inventory error naming the request's input (`lines.2.quantity`) instead of inventory's own. */
export function withField(error: unknown, field: string): unknown {
  if (!isAppError(error)) return error;
  return new AppError({
    code: error.code,
    status: error.status,
    message: error.message,
    field,
    ...(error.extra ? { extra: error.extra } : {}),
    cause: error,
  });
}
