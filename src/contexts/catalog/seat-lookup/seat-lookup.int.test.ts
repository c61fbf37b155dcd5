import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

describe('seat lookup by ordinal', () => {
  let t: TestApp;
  let eventId: string;
  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
    const rows = await queryRows<{ id: string }>(
      t.database.db,
      sql`select e.id from events e join venues v on v.id = e.venue_id where v.kind = 'cinema' and e.status = 'scheduled' order by e.starts_at limit 1`,
    );
    eventId = rows[0]!.id;
  });
  afterAll(async () => t.close());

  it('answers the seat id, zone, row and label of each ordinal picked on the map', async () => {
    const expected = await queryRows<{ ordinal: number; id: string; row_label: string; seat_label: string }>(
      t.database.db,
      sql`select s.ordinal, s.id, s.row_label, s.seat_label from seats s join events e on e.hall_id = s.hall_id where e.id = ${eventId} order by s.ordinal limit 2`,
    );
    const ordinals = expected.map((s) => s.ordinal);
    const res = await t.app.inject({ method: 'GET', url: `/api/events/${eventId}/seats?ordinals=${ordinals.join(',')},9999999` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual(
      expected.map((s) => expect.objectContaining({ ordinal: s.ordinal, seatId: s.id, row: s.row_label, label: s.seat_label })),
    );
  });

  it('names the field of a malformed list, and 404s an unknown event', async () => {
    const bad = await t.app.inject({ method: 'GET', url: `/api/events/${eventId}/seats?ordinals=1,x` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().field).toBe('query.ordinals');
    const unknown = await t.app.inject({ method: 'GET', url: '/api/events/00000000-0000-4000-8000-000000000000/seats?ordinals=1' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('event_not_found');
  });
});
