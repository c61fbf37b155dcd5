import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { cancelEvent } from '../events/cancel-event.ts';
import { createEvent } from '../events/create-event.ts';
import { updateEvent } from '../events/update-event.ts';
import { createFilm } from '../films/create-film.ts';
import { updateFilm } from '../films/update-film.ts';
import { updateSessionType } from '../films/update-session-type.ts';
import { filmSession, managerChange, MANAGER_ID, NOW, seedCatalog, type TestCatalog } from './catalog-fixtures.ts';

// The scheduling rules of seed 003 as a manager meets them: through the use cases, on a real database.

describe('scheduling events', () => {
  let t: TestApp;
  let db: Db;
  let c: TestCatalog;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    db = t.deps.database.db;
    c = await seedCatalog(db);
  });
  afterAll(async () => t.close());

  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, query))[0]?.n;

  it('ends a film session at start + film duration, puts its seats on sale and records who scheduled it', async () => {
    const session = await filmSession(db, c.cinema.hall1, c.films.dune, '2025-07-02T16:00:00Z', [c.cinema.extended]);
    expect(session).toMatchObject({ kind: 'film_session', title: 'Дюна: часть вторая', startsAt: '2025-07-02T16:00:00.000Z', endsAt: '2025-07-02T18:46:00.000Z' });
    expect(session.sessionTypes.map((type) => type.code)).toEqual(['extended']);
    expect(await count(sql`select count(*)::int as n from event_seats where event_id = ${session.id} and status = 'free'`)).toBe(24);
    const [audit] = await queryRows<{ actor_id: string; action: string }>(db, sql`select actor_id, action from audit_log where entity = 'event' and entity_id = ${session.id}`);
    expect(audit).toEqual({ actor_id: MANAGER_ID, action: 'catalog.event.created' });
  });

  it('refuses a film longer than the session type takes, naming the session type', async () => {
    const refused = filmSession(db, c.cinema.hall2, c.films.dune, '2025-07-02T10:00:00Z', [c.cinema.morning, c.cinema.standard]);
    await expect(refused).rejects.toMatchObject({ code: 'film_too_long_for_session_type', status: 422, field: 'body.sessionTypeIds.1' });
  });

  it('refuses a film rated above the session type limit: no 18+ in a morning session', async () => {
    const refused = filmSession(db, c.cinema.hall2, c.films.horror, '2025-07-02T07:00:00Z', [c.cinema.morning]);
    await expect(refused).rejects.toMatchObject({ code: 'age_rating_too_high_for_session_type', status: 422, field: 'body.sessionTypeIds.0' });
    await expect(filmSession(db, c.cinema.hall2, c.films.cartoon, '2025-07-02T07:00:00Z', [c.cinema.morning])).resolves.toMatchObject({ kind: 'film_session' });
  });

  it('refuses an overlap in one hall with 409 hall_busy naming the event that holds it; back to back and other halls are fine', async () => {
    const first = await filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-07-03T10:00:00Z', [c.cinema.standard]);
    const refused = filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-07-03T11:00:00Z', [c.cinema.standard]);
    await expect(refused).rejects.toMatchObject({
      code: 'hall_busy',
      status: 409,
      extra: { conflictingEvent: { id: first.id, title: 'Мультфильм', startsAt: '2025-07-03T10:00:00.000Z', endsAt: '2025-07-03T11:30:00.000Z' } },
    });
    await expect(filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-07-03T11:30:00Z', [c.cinema.standard])).resolves.toBeTruthy();
    await expect(filmSession(db, c.cinema.hall2, c.films.cartoon, '2025-07-03T11:00:00Z', [c.cinema.standard])).resolves.toBeTruthy();
  });

  it('frees the hall slot of a cancelled event, and keeps the reason on record', async () => {
    const session = await filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-07-04T10:00:00Z', [c.cinema.standard]);
    const cancelled = await cancelEvent(db, managerChange(), session.id, 'Копия фильма не пришла');
    expect(cancelled.status).toBe('cancelled');
    await expect(cancelEvent(db, managerChange(), session.id, 'again')).rejects.toMatchObject({ code: 'event_already_cancelled', status: 409 });
    await expect(filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-07-04T10:30:00Z', [c.cinema.standard])).resolves.toBeTruthy();
    const [audit] = await queryRows<{ reason: string }>(db, sql`select reason from audit_log where action = 'catalog.event.cancelled' and entity_id = ${session.id}`);
    expect(audit?.reason).toBe('Копия фильма не пришла');
  });

  it('keeps film sessions to cinemas and films to film sessions', async () => {
    await expect(filmSession(db, c.stadium.arena, c.films.cartoon, '2025-07-05T10:00:00Z', [])).rejects.toMatchObject({ code: 'film_session_needs_cinema', field: 'body.hallId' });
    const base = { hallId: c.cinema.hall1, startsAt: '2025-07-05T10:00:00Z', sessionTypeIds: [c.cinema.standard], zonePrices: [], description: '' };
    await expect(createEvent(db, managerChange(), { ...base, kind: 'film_session' })).rejects.toMatchObject({ code: 'film_required', field: 'body.filmId' });
    await expect(createEvent(db, managerChange(), { ...base, kind: 'film_session', filmId: c.films.cartoon, sessionTypeIds: [] })).rejects.toMatchObject({ code: 'session_type_required' });
    await expect(
      createEvent(db, managerChange(), { ...base, kind: 'film_session', filmId: c.films.cartoon, endsAt: '2025-07-05T13:00:00Z' }),
    ).rejects.toMatchObject({ code: 'ends_at_is_computed', field: 'body.endsAt', extra: { computedEndsAt: '2025-07-05T11:30:00.000Z' } });
  });

  it('prices a stadium event by zone: it needs prices for zones of its own hall, then puts seats and places on sale', async () => {
    const [cinemaZone] = (await zoneIdsOf(db, c.cinema.hall1)).slice(0, 1);
    const [sectorA, dance] = await zoneIdsOf(db, c.stadium.arena);
    const match = { hallId: c.stadium.arena, kind: 'match' as const, title: 'Финал', startsAt: '2025-07-06T16:00:00Z', endsAt: '2025-07-06T18:00:00Z', sessionTypeIds: [], description: '' };
    await expect(createEvent(db, managerChange(), { ...match, zonePrices: [] })).rejects.toMatchObject({ code: 'zone_prices_required', field: 'body.zonePrices' });
    await expect(createEvent(db, managerChange(), { ...match, zonePrices: [{ zoneId: cinemaZone ?? '', priceMinor: 1 }] })).rejects.toMatchObject({
      code: 'zone_not_in_hall',
      field: 'body.zonePrices.0.zoneId',
    });
    await expect(createEvent(db, managerChange(), { ...match, endsAt: '2025-07-06T15:00:00Z', zonePrices: [{ zoneId: sectorA ?? '', priceMinor: 1 }] })).rejects.toMatchObject({
      code: 'ends_before_start',
    });
    const created = await createEvent(db, managerChange(), { ...match, zonePrices: [{ zoneId: sectorA ?? '', priceMinor: 250_000 }, { zoneId: dance ?? '', priceMinor: 350_000 }] });
    expect(created.zonePrices).toEqual([{ zoneId: sectorA, priceMinor: 250_000 }, { zoneId: dance, priceMinor: 350_000 }]);
    expect(await count(sql`select count(*)::int as n from event_seats where event_id = ${created.id}`)).toBe(30);
    expect(await count(sql`select count(*)::int as n from event_places where event_id = ${created.id}`)).toBe(100);
  });

  it('moves an event under the same rules: a film session keeps its length, and may not land on another', async () => {
    const early = await filmSession(db, c.cinema.hall2, c.films.cartoon, '2025-07-07T10:00:00Z', [c.cinema.standard]);
    const late = await filmSession(db, c.cinema.hall2, c.films.cartoon, '2025-07-07T14:00:00Z', [c.cinema.standard]);
    const moved = await updateEvent(db, managerChange(), late.id, { startsAt: '2025-07-07T12:00:00Z' });
    expect(moved).toMatchObject({ startsAt: '2025-07-07T12:00:00.000Z', endsAt: '2025-07-07T13:30:00.000Z' });
    await expect(updateEvent(db, managerChange(), late.id, { startsAt: '2025-07-07T11:00:00Z' })).rejects.toMatchObject({
      code: 'hall_busy',
      extra: { conflictingEvent: { id: early.id } },
    });
    await expect(updateEvent(db, managerChange(), late.id, { sessionTypeIds: [c.cinema.morning, c.cinema.standard] })).resolves.toMatchObject({
      sessionTypes: [{ code: 'morning' }, { code: 'standard' }],
    });
  });

  it('moves upcoming sessions when a film gets longer, and refuses a length that would collide or break a limit', async () => {
    const film = (await seedFilm(db, 100)).id;
    const session = await filmSession(db, c.cinema.hall2, film, '2025-07-08T10:00:00Z', [c.cinema.standard]);
    await filmSession(db, c.cinema.hall2, c.films.cartoon, '2025-07-08T12:00:00Z', [c.cinema.standard]);
    await updateFilm(db, managerChange(), film, { durationMinutes: 110 });
    expect((await eventEnd(db, session.id)).toISOString()).toBe('2025-07-08T11:50:00.000Z');
    await expect(updateFilm(db, managerChange(), film, { durationMinutes: 140 })).rejects.toMatchObject({ code: 'hall_busy', field: 'body.durationMinutes' });
    await expect(updateFilm(db, managerChange(), film, { durationMinutes: 115, ageRating: 18 })).resolves.toMatchObject({ durationMinutes: 115 });
    await expect(updateSessionType(db, managerChange(), c.cinema.standard, { maxDurationMinutes: 100 })).rejects.toMatchObject({
      code: 'film_too_long_for_session_type',
      field: 'body.maxDurationMinutes',
    });
  });

  it('answers unknown ids with 404s naming the member of the request', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    await expect(filmSession(db, unknown, c.films.cartoon, '2025-07-09T10:00:00Z', [c.cinema.standard])).rejects.toMatchObject({ code: 'hall_not_found', status: 404, field: 'body.hallId' });
    await expect(filmSession(db, c.cinema.hall1, unknown, '2025-07-09T10:00:00Z', [c.cinema.standard])).rejects.toMatchObject({ code: 'film_not_found', field: 'body.filmId' });
    await expect(filmSession(db, c.cinema.hall1, c.films.cartoon, '2025-07-09T10:00:00Z', [c.cinema.standard, unknown])).rejects.toMatchObject({
      code: 'session_type_not_found',
      field: 'body.sessionTypeIds.1',
    });
    await expect(cancelEvent(db, managerChange(), unknown, 'x')).rejects.toMatchObject({ code: 'event_not_found', field: 'params.eventId' });
  });
});

async function zoneIdsOf(db: Db, hallId: string): Promise<string[]> {
  return (await queryRows<{ id: string }>(db, sql`select id from zones where hall_id = ${hallId} order by sort_order`)).map((row) => row.id);
}

async function eventEnd(db: Db, eventId: string): Promise<Date> {
  const [row] = await queryRows<{ ends_at: string | Date }>(db, sql`select ends_at from events where id = ${eventId}`);
  return new Date(row?.ends_at ?? 0);
}

async function seedFilm(db: Db, durationMinutes: number) {
  return createFilm(db, managerChange(), { title: 'Новый фильм', description: '', durationMinutes, ageRating: 12, basePriceMinor: 30_000 });
}
