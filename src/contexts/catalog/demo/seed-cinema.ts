import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { createEventInventory } from '../../inventory/index.ts';
import { cinemaLayout, type RowBlock } from './cinema-layout.ts';
import { films, planCinemaWeek, sessionTypes, type CinemaHallKey } from './cinema-week.ts';
import { insertId, insertMany, insertSeats } from './demo-sql.ts';

export const CINEMA_NAME = 'Кинотеатр «Полярная ночь»';
const TIME_ZONE = 'Europe/Moscow';

interface HallSpec {
  name: string;
  description: string;
  types: { code: string; name: string; coefficient: string }[];
  zones: { code: string; name: string; coefficient: string; color: string }[];
  blocks: RowBlock[];
}

const vip = { code: 'vip', name: 'VIP', coefficient: '1.5000' };
const imax = { code: 'imax', name: 'IMAX', coefficient: '1.3000' };

// Three halls: one both IMAX and VIP (two hall coefficients), one standard with a VIP zone, one plain.
const halls: Record<CinemaHallKey, HallSpec> = {
  imax: {
    name: 'Зал 1 IMAX VIP',
    description: 'Экран IMAX и кресла-реклайнеры с обслуживанием.',
    types: [imax, vip],
    zones: [{ code: 'MAIN', name: 'Зал', coefficient: '1.0000', color: '#34495e' }],
    blocks: [{ zone: 'MAIN', rows: 12, seatsPerRow: 20, seatWidth: 0.8 }],
  },
  comfort: {
    name: 'Зал 2',
    description: 'Стандартный зал с VIP-зоной на последних рядах.',
    types: [],
    zones: [
      { code: 'STD', name: 'Стандарт', coefficient: '1.0000', color: '#2c7fb8' },
      { code: 'VIP', name: 'VIP-зона', coefficient: '1.5000', color: '#d4a017' },
    ],
    blocks: [
      { zone: 'STD', rows: 12, seatsPerRow: 22, seatWidth: 0.55 },
      { zone: 'VIP', rows: 3, seatsPerRow: 12, seatWidth: 1 },
    ],
  },
  small: {
    name: 'Зал 3',
    description: 'Камерный зал.',
    types: [],
    zones: [{ code: 'STD', name: 'Стандарт', coefficient: '1.0000', color: '#2c7fb8' }],
    blocks: [{ zone: 'STD', rows: 11, seatsPerRow: 20, seatWidth: 0.55 }],
  },
};

async function seedHall(tx: Db, venueId: string, spec: HallSpec): Promise<string> {
  const hallId = await insertId(tx, sql`insert into halls (venue_id, name, description) values (${venueId}, ${spec.name}, ${spec.description}) returning id`);
  for (const type of spec.types) {
    await tx.execute(sql`
      with type as (
        insert into hall_types (code, name, coefficient) values (${type.code}, ${type.name}, ${type.coefficient})
        on conflict (code) do update set name = excluded.name returning id)
      insert into hall_hall_types (hall_id, hall_type_id) select ${hallId}::uuid, id from type`);
  }
  const zoneIds = await insertMany(
    tx,
    (records) => sql`
      insert into zones (hall_id, code, name, kind, coefficient, color, sort_order)
      select ${hallId}::uuid, z.code, z.name, 'seated', z.coefficient, z.color, z.sort_order
      from jsonb_to_recordset(${records}) as z(code text, name text, coefficient numeric, color text, sort_order int)
      returning id, code as key`,
    spec.zones.map((zone, index) => ({ ...zone, sort_order: index })),
  );
  await insertSeats(tx, hallId, zoneIds, cinemaLayout(spec.blocks).rows);
  return hallId;
}

/** The cinema: three halls, four films, four session types and a week of sessions that obey every scheduling rule. */
export async function seedCinema(tx: Db, now: Date): Promise<string> {
  const venueId = await insertId(
    tx,
    sql`insert into venues (kind, name, name_en, description, address, time_zone, hold_minutes)
        values ('cinema', ${CINEMA_NAME}, 'Polar Night Cinema', 'Три зала, включая IMAX с VIP-обслуживанием.',
                'Москва, Кинопроезд, 3', ${TIME_ZONE}, 15)
        returning id`,
  );
  const hallIds = {} as Record<CinemaHallKey, string>;
  for (const key of Object.keys(halls) as CinemaHallKey[]) hallIds[key] = await seedHall(tx, venueId, halls[key]);
  const filmIds = await insertMany(
    tx,
    (records) => sql`
      insert into films (title, title_en, description, base_price_minor, duration_minutes, age_rating)
      select f.title, f.title_en, f.description, f.base_price_minor, f.duration_minutes, f.age_rating
      from jsonb_to_recordset(${records}) as f(title text, title_en text, description text, base_price_minor bigint, duration_minutes int, age_rating smallint)
      returning id, title as key`,
    Object.values(films),
  );
  const typeIds = await insertMany(
    tx,
    (records) => sql`
      insert into session_types (venue_id, code, name, coefficient, max_duration_minutes, max_age_rating)
      select ${venueId}::uuid, t.code, t.name, t.coefficient, t.max_duration_minutes, t.max_age_rating
      from jsonb_to_recordset(${records}) as t(code text, name text, coefficient numeric, max_duration_minutes int, max_age_rating smallint)
      returning id, code as key`,
    Object.entries(sessionTypes).map(([code, type]) => ({ code, ...type })),
  );
  for (const session of planCinemaWeek(now, TIME_ZONE)) {
    const film = films[session.film];
    const eventId = await insertId(
      tx,
      sql`insert into events (venue_id, hall_id, kind, title, title_en, film_id, starts_at, ends_at)
          values (${venueId}, ${hallIds[session.hall]}, 'film_session', ${film.title}, ${film.title_en}, ${filmIds.get(film.title)!},
                  ${session.startsAt.toISOString()}, ${session.endsAt.toISOString()})
          returning id`,
    );
    await tx.execute(sql`insert into event_session_types (event_id, session_type_id) values (${eventId}, ${typeIds.get(session.type)!})`);
    await createEventInventory(tx, eventId);
  }
  return venueId;
}
