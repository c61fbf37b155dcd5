import { type AppError, unprocessable } from '../../../shared/errors.ts';

/** The dotted path of an input inside a quote request: lineField(0, 'visitors', 2, 'count'). */
export function lineField(lineIndex: number, ...path: readonly (string | number)[]): string {
  return ['lines', lineIndex, ...path].join('.');
}

/**
 * A line that breaks a rule is refused (422), never corrected. `code` is the seed's
 * flag name for flag violations and a snake_case rule name otherwise.
 */
export function refuse(code: string, message: string, field: string, extra?: Record<string, unknown>): AppError {
  return unprocessable(code, message, extra ? { field, extra } : { field });
}

/** A count the client typed: a whole number of at least one. */
export function isPositiveCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** The index of the first repeated id, or -1. */
export function firstRepeatIndex(ids: readonly string[]): number {
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    if (seen.has(id)) return index;
    seen.add(id);
  }
  return -1;
}
