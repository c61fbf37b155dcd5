import { expect } from 'vitest';
import { AppError } from '../../../../shared/errors.ts';

/** Runs `act`, expecting the AppError a person would see: its code, field and status. */
export function expectRefusal(act: () => unknown, code: string, field: string | undefined, status = 422): AppError {
  let caught: unknown;
  try {
    act();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected refusal ${code}`).toBeInstanceOf(AppError);
  const error = caught as AppError;
  expect({ code: error.code, field: error.field, status: error.status }).toEqual({ code, field, status });
  return error;
}
