import type { AppError } from '../../shared/errors.ts';

export interface PgErrorFields {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** The PostgreSQL error fields of a failed query; Drizzle wraps the driver's error as `cause`. */
export function pgErrorOf(error: unknown): PgErrorFields {
  const outer = (error ?? {}) as PgErrorFields & { cause?: unknown };
  if (outer.code) return outer;
  return (outer.cause ?? {}) as PgErrorFields;
}

/**
 * Turns a constraint violation that a concurrent write can still hit after the friendly
 * pre-check (unique: 23505, exclusion: 23P01) into the same field-named error, by
 * constraint name.
 */
export async function mapUniqueViolation<T>(work: () => Promise<T>, errors: Record<string, () => AppError>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, constraint } = pgErrorOf(error);
    const mapped = (code === '23505' || code === '23P01') && constraint ? errors[constraint] : undefined;
    throw mapped ? mapped() : error;
  }
}
