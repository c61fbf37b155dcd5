import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api.ts';
import { translator } from '../../../i18n/i18n-context.tsx';
import { inlineError, ruleErrors } from './use-submit.ts';

const fields = ['filmId', 'sessionTypeIds', 'startsAt'];

describe('scheduling rules shown beside their fields', () => {
  it('puts an overlap beside the start, in words and in the server’s own', () => {
    const busy = new ApiError({ status: 409, code: 'hall_busy', detail: 'The hall is busy at this time: "Фильм" (...) takes it.', field: 'body.startsAt' });
    const errors = ruleErrors(translator('ru'), busy, fields);
    expect(errors.byField.startsAt).toMatch(/^Зал в это время занят/);
    expect(errors.serverSays.startsAt).toBe('Сообщение сервера: The hall is busy at this time: "Фильм" (...) takes it.');
    expect(errors.general).toBeNull();
  });

  it('puts a session-type rule beside the session types, with the limits it names', () => {
    const long = new ApiError({
      status: 422, code: 'film_too_long_for_session_type', detail: '"Эпопея" runs 190 min', field: 'body.sessionTypeIds.0', maxDurationMinutes: 150, filmDurationMinutes: 190,
    });
    const errors = ruleErrors(translator('en'), long, fields);
    expect(errors.byField.sessionTypeIds).toBe('The film is longer than the session type allows: 190 min, limit 150 min. Choose an extended session.');
    expect(errors.serverSays.sessionTypeIds).toContain('"Эпопея" runs 190 min');
  });

  it('says in one line what a row of a table got wrong', () => {
    const invalid = new ApiError({ status: 400, code: 'validation_failed', detail: 'x', errors: [{ field: 'body.capacity', message: 'must be at least 1' }] });
    expect(inlineError(translator('en'), invalid)).toBe('capacity: Must be at least 1');
    const coefficient = new ApiError({ status: 400, code: 'validation_failed', detail: 'x', errors: [{ field: 'body.coefficient', message: 'must be greater than 0' }] });
    expect(inlineError(translator('ru'), coefficient)).toMatch(/^coefficient: Коэффициент — десятичное число больше 0/);
    expect(inlineError(translator('en'), null)).toBeNull();
  });
});
