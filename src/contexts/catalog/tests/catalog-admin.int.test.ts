import { existsSync } from 'node:fs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { NOW } from './catalog-fixtures.ts';

// The manager's catalog API end to end: logged in as the demo manager, through the routes.

describe.skipIf(!existsSync('src/contexts/identity/index.ts'))('the manager\'s catalog API', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: unknown, as: Record<string, string> = headers) =>
    t.app.inject({ method, url, payload, headers: as } as InjectOptions);

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', now: NOW });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'manager', password: 'manager-demo-1' } });
    expect(login.statusCode).toBe(200);
    const sid = login.cookies.find((cookie) => cookie.name === 'sid');
    const cookie = `sid=${sid?.value}`;
    const csrf = await t.app.inject({ method: 'GET', url: '/api/auth/csrf', headers: { cookie } });
    headers = { cookie, 'x-csrf-token': (csrf.json() as { csrfToken: string }).csrfToken };
  });
  afterAll(async () => t?.close());

  it('is closed to anonymous callers and to writes without the anti-forgery token', async () => {
    expect((await send('POST', '/api/films', {}, {})).json()).toMatchObject({ status: 401, code: 'login_required' });
    const forged = await send('POST', '/api/films', { title: 'X', basePriceMinor: 1, durationMinutes: 90, ageRating: 0 }, { cookie: headers.cookie ?? '' });
    expect(forged.json()).toMatchObject({ status: 403, code: 'csrf_token_invalid' });
  });

  it('lets a manager build a cinema hall, films and session types, schedule sessions, and refuses each broken rule', async () => {
    const venue = await send('POST', '/api/venues', { kind: 'cinema', name: `Кинотеатр ${Date.now()}` });
    expect(venue.statusCode).toBe(201);
    const imax = await send('POST', '/api/hall-types', { code: `imax-${Date.now()}`, name: 'IMAX', coefficient: '1.3' });
    expect(imax.statusCode).toBe(201);
    const hall = await send('POST', `/api/venues/${venue.json().id}/halls`, { name: 'Зал 1', hallTypeIds: [imax.json().id] });
    expect(hall.statusCode).toBe(201);
    expect(hall.json().hallTypes).toEqual([expect.objectContaining({ coefficient: '1.3000' })]);
    const layout = await send('PUT', `/api/halls/${hall.json().id}/layout`, {
      zones: [{ code: 'std', name: 'Партер', kind: 'seated', rows: [{ row: '1', repeat: 5, seats: 12 }] }, { code: 'vip', name: 'VIP', kind: 'seated', coefficient: '1.4', rows: [{ row: '6', seats: 6 }] }],
    });
    expect(layout.json().zones.map((z: { seatCount: number }) => z.seatCount)).toEqual([60, 6]);

    const sessionType = async (code: string, coefficient: string, limits: object) => {
      const res = await send('POST', '/api/session-types', { venueId: venue.json().id, code, name: code, coefficient, ...limits });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const morning = await sessionType('morning', '0.8', { maxAgeRating: 12 });
    const standard = await sessionType('standard', '1', { maxDurationMinutes: 150 });
    const film = async (title: string, durationMinutes: number, ageRating: number) => {
      const res = await send('POST', '/api/films', { title, basePriceMinor: 40_000, durationMinutes, ageRating });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const epic = await film('Эпопея', 170, 12);
    const thriller = await film('Триллер', 110, 18);
    const session = (filmId: string, startsAt: string, sessionTypeIds: string[]) =>
      send('POST', '/api/events', { hallId: hall.json().id, kind: 'film_session', filmId, startsAt, sessionTypeIds });

    const created = await session(thriller, '2025-07-02T17:00:00+03:00', [standard]);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ title: 'Триллер', startsAt: '2025-07-02T14:00:00.000Z', endsAt: '2025-07-02T15:50:00.000Z' });

    const tooLong = await session(epic, '2025-07-03T10:00:00Z', [standard]);
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json()).toMatchObject({ code: 'film_too_long_for_session_type', field: 'body.sessionTypeIds.0', maxDurationMinutes: 150 });
    const tooYoung = await session(thriller, '2025-07-03T06:00:00Z', [morning]);
    expect(tooYoung.json()).toMatchObject({ status: 422, code: 'age_rating_too_high_for_session_type', field: 'body.sessionTypeIds.0' });
    const busy = await session(thriller, '2025-07-02T15:00:00Z', [standard]);
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toMatchObject({ code: 'hall_busy', conflictingEvent: { id: created.json().id, title: 'Триллер' } });

    const cancelled = await send('POST', `/api/events/${created.json().id}/cancel`, { reason: 'Техническая неисправность' });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    expect((await session(thriller, '2025-07-02T15:00:00Z', [standard])).statusCode).toBe(201);
    const schedule = await t.app.inject({ method: 'GET', url: `/api/events?hallId=${hall.json().id}` });
    expect(schedule.json().items.map((e: { startsAt: string }) => e.startsAt)).toEqual(['2025-07-02T15:00:00.000Z']);
  });

  it('refuses malformed input with 400 naming the field', async () => {
    for (const [url, payload, field] of [
      ['/api/films', { title: 'X', basePriceMinor: 100, durationMinutes: 90, ageRating: 7 }, 'body.ageRating'],
      ['/api/films', { title: 'X', basePriceMinor: -1, durationMinutes: 90, ageRating: 0 }, 'body.basePriceMinor'],
      ['/api/films', { title: 'X', basePriceMinor: 10.5, durationMinutes: 90, ageRating: 0 }, 'body.basePriceMinor'],
      ['/api/hall-types', { code: 'x', name: 'X', coefficient: '1.23456' }, 'body.coefficient'],
      ['/api/hall-types', { code: 'y', name: 'Y', coefficient: '0' }, 'body.coefficient'],
      ['/api/hall-types', { code: 'z', name: 'Z', coefficient: 1.5 }, 'body.coefficient'],
      ['/api/events', { hallId: 'not-a-uuid', kind: 'match', startsAt: '2025-07-02T15:00:00Z' }, 'body.hallId'],
      ['/api/events', { hallId: '00000000-0000-4000-8000-000000000000', kind: 'match', startsAt: 'tomorrow' }, 'body.startsAt'],
    ] as const) {
      const res = await send('POST', url, payload);
      expect(res.statusCode, `${url} ${JSON.stringify(payload)}`).toBe(400);
      expect(res.json()).toMatchObject({ code: 'validation_failed', field });
    }
    expect((await send('PATCH', '/api/halls/42', { name: 'X' })).json()).toMatchObject({ status: 400, field: 'params.hallId' });
    expect((await send('PATCH', '/api/films/00000000-0000-4000-8000-000000000000', { title: 'X' })).json()).toMatchObject({ status: 404, code: 'film_not_found' });
  });
});
