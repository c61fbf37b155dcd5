import { useCallback, useRef, useState } from 'react';
import { isApiError } from '../../../api.ts';
import type { Translate } from '../../../i18n/i18n-context.tsx';
import { errorMessage, fieldMessage, formErrors } from '../../../ui/error-text.ts';

export interface Submit {
  busy: boolean;
  error: unknown;
  /** Runs the action once at a time; its failure is kept for the form to show. Resolves to undefined on failure. */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  clear(): void;
}

/** Busy and error state of one form's submit. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}

export interface RuleErrors {
  byField: Record<string, string>;
  /** The server's own words for a rule it refused (409, 422), by the field it named. */
  serverSays: Record<string, string>;
  general: string | null;
}

/**
 * Form errors as the foundation places them, plus the server's own message beside a
 * field that broke a business rule: the localized text says which rule, the server's
 * says exactly what collided (which session, which limit).
 */
export function ruleErrors(t: Translate, error: unknown, fields: readonly string[]): RuleErrors {
  const { byField, general } = formErrors(t, error, fields);
  const serverSays: Record<string, string> = {};
  if (isApiError(error) && error.code !== 'validation_failed' && error.status < 500) {
    for (const field of Object.keys(byField)) {
      if (byField[field] !== error.problem.detail) serverSays[field] = t('rule.serverSays', { message: error.problem.detail });
    }
  }
  return { byField, serverSays, general };
}

/** One line for a failure where there is no room for errors by field (a row of a table). */
export function inlineError(t: Translate, error: unknown): string | null {
  if (!error) return null;
  if (isApiError(error) && error.code === 'validation_failed') {
    return error.fieldErrors().map(({ field, message }) => `${field}: ${fieldMessage(t, field, message)}`).join('; ');
  }
  return errorMessage(t, error);
}
