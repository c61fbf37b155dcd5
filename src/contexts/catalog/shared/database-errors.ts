import type { AppError } from '../../../shared/errors.ts';

/** The PostgreSQL error under whatever the driver or Drizzle wrapped it in (DrizzleQueryError keeps it as `cause`). */
export function postgresErrorOf(error: unknown): { code: string; constraint?: string; detail?: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate as { code: string };
    current = candidate.cause;
  }
  return undefined;
}

/**
 * Runs `work` and turns the named constraint violations into the given errors:
 * the code checks first for a clear message, the constraint is what holds under
 * concurrent writes, and both must answer alike.
 */
export async function mapConstraintErrors<T>(work: () => Promise<T>, errors: Record<string, () => AppError | Promise<AppError>>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const pg = postgresErrorOf(error);
    const make = pg?.constraint ? errors[pg.constraint] : undefined;
    if (make) throw await make();
    throw error;
  }
}
