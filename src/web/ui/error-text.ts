import { isApiError, type ApiError } from '../api.ts';
import type { Params, Translate } from '../i18n/i18n-context.tsx';
import { hasText } from '../i18n/texts/index.ts';

// Turns what the server refused into words for the person at the screen.

/** "2025-06-01T00:00:00" → "2025-06-01 00:00": wall-clock bounds read better without the T. */
const readable = (value: unknown): string | number =>
  typeof value === 'number' ? value : String(value).replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/, '$1 $2');

function paramsOf(error: ApiError): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(error.problem)) {
    if (typeof value === 'string' || typeof value === 'number') params[name] = readable(value);
  }
  return params;
}

/** The localized message of an error: by its code when we know it, else the server's words. */
export function errorMessage(t: Translate, error: unknown): string {
  if (!isApiError(error)) return t('error.internal_error');
  if (error.status >= 500) return t('error.internal_error');
  const key = `error.${error.code}`;
  if (error.code === 'seats_taken') return t('error.seats_taken_plain');
  return hasText(key) ? t(key, paramsOf(error)) : error.problem.detail;
}

/**
 * The message for one field of a 400: a localized hint for the fields people type
 * (registration, profile), the server's own words otherwise.
 */
export function fieldMessage(t: Translate, field: string, serverMessage: string): string {
  const key = `fieldError.${field.replace(/\.\d+(?=\.|$)/g, '')}`;
  if (hasText(key)) return t(key);
  return serverMessage.charAt(0).toUpperCase() + serverMessage.slice(1);
}

/**
 * The errors of a failed submit, by form field: a 400 names each field; a rule
 * refusal (409, 422) names one. `general` is what no field of the form can show.
 */
export function formErrors(t: Translate, error: unknown, formFields: readonly string[]): { byField: Record<string, string>; general: string | null } {
  const byField: Record<string, string> = {};
  if (!isApiError(error)) return { byField, general: error ? errorMessage(t, error) : null };
  const shown = (field: string) => formFields.find((name) => field === name || field.startsWith(`${name}.`));
  let unplaced = false;
  for (const { field, message } of error.fieldErrors()) {
    const target = shown(field);
    if (!target) {
      unplaced = true;
      continue;
    }
    byField[target] ??= error.code === 'validation_failed' ? fieldMessage(t, field, message) : errorMessage(t, error);
  }
  const placedAll = Object.keys(byField).length > 0 && !unplaced;
  return { byField, general: placedAll ? (error.code === 'validation_failed' ? t('common.fieldErrors') : null) : errorMessage(t, error) };
}
