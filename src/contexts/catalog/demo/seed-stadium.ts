import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { insertId, insertMany, insertSeats } from './demo-sql.ts';
import { stadiumLayout, type StadiumSector } from './stadium-layout.ts';

export const STADIUM_NAME = 'Стадион «Северная звезда»';
export const DANCE_FLOOR = { code: 'FLOOR', name: 'Танцпол', capacity: 5000 } as const;

/** Price category 1 (best) … 5 of a sector: central lower sectors are dearest, upper corners cheapest. */
export function sectorCategory(sector: StadiumSector): 1 | 2 | 3 | 4 | 5 {
  const long = sector.part === 'north' || sector.part === 'south';
  const end = sector.part === 'east' || sector.part === 'west';
  if (long && sector.tier === 1) return sector.rank <= 1 ? 1 : 2;
  if (long) return sector.rank <= 1 ? 2 : 3;
  if (end) return sector.tier === 1 ? 3 : 4;
  return sector.tier === 1 ? 4 : 5;
}

const categoryColors = { 1: '#c0392b', 2: '#e67e22', 3: '#f1c40f', 4: '#27ae60', 5: '#2980b9' } as const;

export interface SeededStadium {
  venueId: string;
  hallId: string;
  sectors: StadiumSector[];
  /** Zone ids by code, the dance floor included. */
  zoneIds: Map<string, string>;
  seatCount: number;
}

/** The stadium, its arena hall, one zone per sector plus the dance floor, and about 80,000 seats. */
export async function seedStadium(tx: Db): Promise<SeededStadium> {
  const layout = stadiumLayout();
  const venueId = await insertId(
    tx,
    sql`insert into venues (kind, name, name_en, description, address, time_zone, hold_minutes, confirm_hours)
        values ('stadium', ${STADIUM_NAME}, 'North Star Stadium',
                'Футбольный стадион на 80 000 мест: матчи, концерты, экскурсии, фитнес-центр.',
                'Москва, Северный проспект, 1', 'Europe/Moscow', 30, 48)
        returning id`,
  );
  const hallId = await insertId(
    tx,
    sql`insert into halls (venue_id, name, description)
        values (${venueId}, 'Главная арена', 'Чаша стадиона: четыре трибуны и четыре угла в два яруса; на концертах поле становится танцполом.')
        returning id`,
  );
  const zones = [
    ...layout.sectors.map((sector, index) => ({
      code: sector.code,
      name: sector.name,
      kind: 'seated',
      capacity: null,
      color: categoryColors[sectorCategory(sector)],
      sort_order: index,
    })),
    { ...DANCE_FLOOR, kind: 'general_admission', color: '#8e44ad', sort_order: layout.sectors.length },
  ];
  const zoneIds = await insertMany(
    tx,
    (records) => sql`
      insert into zones (hall_id, code, name, kind, capacity, color, sort_order)
      select ${hallId}::uuid, z.code, z.name, z.kind, z.capacity, z.color, z.sort_order
      from jsonb_to_recordset(${records}) as z(code text, name text, kind text, capacity int, color text, sort_order int)
      returning id, code as key`,
    zones,
  );
  await insertSeats(tx, hallId, zoneIds, layout.rows);
  return { venueId, hallId, sectors: layout.sectors, zoneIds, seatCount: layout.seatCount };
}
