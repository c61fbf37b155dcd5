import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { decodeAvailabilityBits, decodeSeatMap, isOrdinalFree, seatMapAvailability, seatMapResponse, type SeatMapResponse } from './contracts.ts';

describe('the seat map of an event', () => {
  let t: TestApp;
  // The app's clock, so a hold can run out without anything being written.
  const clock = fixedClock(new Date());
  let match: { id: string; hall_id: string };
  let concert: { id: string };
  const rows = <T,>(query: ReturnType<typeof sql>) => queryRows<T>(t.deps.database.db, query);
  const getMap = async (eventId: string): Promise<SeatMapResponse> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/events/${eventId}/seat-map` });
    expect(res.statusCode).toBe(200);
    return seatMapResponse.parse(res.json());
  };
  /** Puts seats of an event on hold directly, as a running (or lapsed) hold would. */
  const hold = (eventId: string, ordinals: number[], minutesLeft: number) =>
    t.deps.database.db.execute(sql`
      update event_seats set status = 'held', hold_id = gen_random_uuid(), held_until = now() + make_interval(mins => ${minutesLeft})
      where event_id = ${eventId} and ordinal in (select jsonb_array_elements_text(${JSON.stringify(ordinals)}::jsonb)::int)`);

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    match = (await rows<{ id: string; hall_id: string }>(sql`select id, hall_id from events where kind = 'match' order by starts_at limit 1`))[0]!;
    concert = (await rows<{ id: string }>(sql`select id from events where kind = 'concert' limit 1`))[0]!;
  });
  afterAll(async () => t.close());

  it('draws every seat of the stadium where the seats table puts it, with its row and label', async () => {
    const map = await getMap(match.id);
    const seats = await rows<{ ordinal: number; row_label: string; seat_label: string; x: number; y: number; code: string }>(
      sql`select s.ordinal, s.row_label, s.seat_label, s.x, s.y, z.code from seats s join zones z on z.id = s.zone_id where s.hall_id = ${match.hall_id}`,
    );
    const decoded = decodeSeatMap(map);
    expect(seats.length).toBeGreaterThan(78_000);
    expect(decoded).toHaveLength(seats.length);
    expect(map.geometry.seatCount).toBe(seats.length);
    const byOrdinal = new Map(decoded.map((seat) => [seat.ordinal, seat]));
    const misplaced = seats.filter((seat) => {
      const drawn = byOrdinal.get(seat.ordinal);
      return !drawn || drawn.row !== seat.row_label || drawn.label !== seat.seat_label || map.zones[drawn.zoneIndex]!.code !== seat.code ||
        Math.abs(drawn.x - seat.x) > 0.02 || Math.abs(drawn.y - seat.y) > 0.02;
    });
    expect(misplaced.slice(0, 3)).toEqual([]);
    expect(map.event).toMatchObject({ id: match.id, kind: 'match', venue: { timeZone: 'Europe/Moscow', currency: 'RUB' } });
  });

  it('counts as free exactly the seats the inventory has free, zone by zone', async () => {
    const map = await getMap(match.id);
    const counts = await rows<{ zone_id: string; total: number; free: number }>(
      sql`select zone_id, count(*)::int as total, count(*) filter (where status = 'free' or (status = 'held' and held_until < now()))::int as free
          from event_seats where event_id = ${match.id} group by zone_id`,
    );
    expect(map.availability.freeSeats).toBe(counts.reduce((sum, c) => sum + c.free, 0));
    for (const count of counts) expect(map.availability.zones.find((z) => z.zoneId === count.zone_id)).toEqual({ zoneId: count.zone_id, total: count.total, free: count.free });
    expect(decodeSeatMap(map).filter((seat) => seat.free)).toHaveLength(map.availability.freeSeats);
  });

  it('prices every sector of a match, dearer in the middle, and does not sell the dance floor', async () => {
    const map = await getMap(match.id);
    const floor = map.zones.find((z) => z.kind === 'general_admission')!;
    expect(floor).toMatchObject({ code: 'FLOOR', onSale: false, priceMinor: null, capacity: 5000 });
    expect(map.availability.zones.find((z) => z.zoneId === floor.id)).toMatchObject({ total: 5000, free: 0 });
    const seated = map.zones.filter((z) => z.kind === 'seated');
    expect(seated.every((z) => z.onSale && z.priceMinor! > 0)).toBe(true);
    const price = (code: string) => seated.find((z) => z.code === code)!.priceMinor!;
    expect(price('A104')).toBeGreaterThan(price('A101'));
    expect(price('A101')).toBeGreaterThan(price('AB201'));
  });

  it('shows a held seat as taken, and a hold whose time ran out as free again', async () => {
    await hold(match.id, [10, 11, 12], 30);
    await hold(match.id, [20], -5);
    await t.deps.database.db.execute(sql`update event_seats set status = 'sold', ticket_id = gen_random_uuid() where event_id = ${match.id} and ordinal = 30`);
    const map = await getMap(match.id);
    const bits = decodeAvailabilityBits(map.availability.seats);
    expect([10, 11, 12, 30].map((k) => isOrdinalFree(bits, k))).toEqual([false, false, false, false]);
    expect([9, 13, 20, 31].map((k) => isOrdinalFree(bits, k))).toEqual([true, true, true, true]);
    const sector = decodeSeatMap(map).find((seat) => seat.ordinal === 10)!;
    const zone = map.availability.zones.find((z) => z.zoneId === sector.zoneId)!;
    expect(zone.total - zone.free).toBe(4);
  });

  it('frees a seat when its hold runs out, even though nothing was written', async () => {
    await t.deps.database.db.execute(sql`
      update event_seats set status = 'held', hold_id = gen_random_uuid(), held_until = ${new Date(clock.now().getTime() + 60_000).toISOString()}::timestamptz
      where event_id = ${match.id} and ordinal = 50`);
    const seatFree = async () => isOrdinalFree(decodeAvailabilityBits((await getMap(match.id)).availability.seats), 50);
    expect(await seatFree()).toBe(false);
    expect(await seatFree()).toBe(false);
    clock.advance(2 * 60_000);
    expect(await seatFree()).toBe(true);
  });

  it('sells the concert dance floor by places and counts the free ones, lapsed holds included', async () => {
    await t.deps.database.db.execute(sql`
      update event_places set status = 'held', hold_id = gen_random_uuid(),
        held_until = now() + case when place_no <= 3 then interval '20 minutes' else interval '-1 minute' end
      where event_id = ${concert.id} and place_no <= 5`);
    const map = await getMap(concert.id);
    const floor = map.zones.find((z) => z.code === 'FLOOR')!;
    expect(floor).toMatchObject({ onSale: true, priceMinor: 450_000 });
    expect(map.availability.zones.find((z) => z.zoneId === floor.id)).toMatchObject({ total: 5000, free: 4997 });
    // The stage stands in front of the west stand: its sectors are not sold, so none of its seats is free.
    const west = map.zones.filter((z) => z.code.startsWith('D'));
    expect(west.every((z) => !z.onSale)).toBe(true);
    const westIds = new Set(west.map((z) => z.id));
    expect(decodeSeatMap(map).some((seat) => westIds.has(seat.zoneId) && seat.free)).toBe(false);
  });

  it('prices cinema zones as film × hall types × zone × session type, rounded once', async () => {
    const [session] = await rows<{ id: string; base: number; hall_coef: string; session_coef: string }>(sql`
      select e.id, f.base_price_minor as base,
             (select exp(sum(ln(t.coefficient)))::numeric(12,6)::text from hall_hall_types h join hall_types t on t.id = h.hall_type_id where h.hall_id = e.hall_id) as hall_coef,
             (select st.coefficient::text from event_session_types es join session_types st on st.id = es.session_type_id where es.event_id = e.id) as session_coef
      from events e join films f on f.id = e.film_id join halls h on h.id = e.hall_id
      where e.kind = 'film_session' and h.name like '%IMAX%' order by e.starts_at limit 1`);
    const map = await getMap(session!.id);
    const expected = Math.round(Number(session!.base) * Number(session!.hall_coef) * Number(session!.session_coef));
    expect(map.zones).toHaveLength(1);
    expect(map.zones[0]!.priceMinor).toBe(expected);
    expect(map.event.film).toMatchObject({ durationMinutes: expect.any(Number) });

    const [comfort] = await rows<{ id: string }>(sql`
      select e.id from events e join halls h on h.id = e.hall_id where h.name = 'Зал 2' order by e.starts_at limit 1`);
    const zones = (await getMap(comfort!.id)).zones;
    const std = zones.find((z) => z.code === 'STD')!.priceMinor!;
    expect(zones.find((z) => z.code === 'VIP')!.priceMinor).toBe(Math.round(std * 1.5));
  });

  it('offers the live part alone, and answers 304 to a client whose map is current', async () => {
    const map = await getMap(match.id);
    const res = await t.app.inject({ method: 'GET', url: `/api/events/${match.id}/availability` });
    expect(res.statusCode).toBe(200);
    const live = seatMapAvailability.parse(res.json());
    expect(live.seats).toBe(map.availability.seats);
    expect(live.geometryVersion).toBe(map.geometry.version);

    const etag = res.headers.etag as string;
    const again = await t.app.inject({ method: 'GET', url: `/api/events/${match.id}/availability`, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    await hold(match.id, [40], 30);
    const changed = await t.app.inject({ method: 'GET', url: `/api/events/${match.id}/availability`, headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(isOrdinalFree(decodeAvailabilityBits(changed.json().seats), 40)).toBe(false);

    const full = await t.app.inject({ method: 'GET', url: `/api/events/${match.id}/seat-map` });
    const fullAgain = await t.app.inject({ method: 'GET', url: `/api/events/${match.id}/seat-map`, headers: { 'if-none-match': full.headers.etag as string } });
    expect(fullAgain.statusCode).toBe(304);
  });

  it('stays under 64 KB compressed for the whole stadium', async () => {
    for (const encoding of ['gzip', 'br']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/events/${match.id}/seat-map`, headers: { 'accept-encoding': encoding } });
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.rawPayload.length).toBeLessThan(64 * 1024);
      if (encoding === 'gzip') expect(seatMapResponse.safeParse(JSON.parse(gunzipSync(res.rawPayload).toString())).success).toBe(true);
    }
  });

  it('answers an unknown event with 404 and a malformed id with 400 naming the parameter', async () => {
    for (const path of ['seat-map', 'availability']) {
      const missing = await t.app.inject({ method: 'GET', url: `/api/events/${crypto.randomUUID()}/${path}` });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers['content-type']).toContain('application/problem+json');
      expect(missing.json()).toMatchObject({ code: 'event_not_found', field: 'params.eventId' });
      const malformed = await t.app.inject({ method: 'GET', url: `/api/events/not-a-uuid/${path}` });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ code: 'validation_failed', field: 'params.eventId' });
    }
  });
});
