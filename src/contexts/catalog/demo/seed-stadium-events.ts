import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { createEventInventory } from '../../inventory/index.ts';
import { insertId } from './demo-sql.ts';
import { DANCE_FLOOR, sectorCategory, type SeededStadium } from './seed-stadium.ts';
import type { StadiumSector } from './stadium-layout.ts';
import { addMinutes, venueTime } from './venue-time.ts';

const TIME_ZONE = 'Europe/Moscow';

// Kopecks per price category (1 = best). A derby costs more; the concert has its own scale.
const matchPrices = { 1: 350_000, 2: 250_000, 3: 180_000, 4: 120_000, 5: 80_000 } as const;
const concertPrices = { 1: 650_000, 2: 500_000, 3: 380_000, 4: 280_000, 5: 200_000 } as const;

const matches = [
  { title: '«Северная звезда» — «Полярник»', titleEn: 'North Star vs Polyarnik', daysAhead: 3, time: '19:30', percent: 100 },
  { title: '«Северная звезда» — «Метеор»', titleEn: 'North Star vs Meteor', daysAhead: 10, time: '19:30', percent: 100 },
  { title: '«Северная звезда» — «Заря» (дерби)', titleEn: 'North Star vs Zarya (derby)', daysAhead: 17, time: '16:00', percent: 150 },
] as const;

export interface SeededStadiumEvents {
  matchIds: string[];
  concertId: string;
}

async function addEvent(
  tx: Db,
  stadium: SeededStadium,
  event: { kind: 'match' | 'concert'; title: string; titleEn: string; description: string; startsAt: Date; minutes: number },
  prices: { zoneId: string; priceMinor: number }[],
  now: Date,
): Promise<string> {
  const eventId = await insertId(
    tx,
    sql`insert into events (venue_id, hall_id, kind, title, title_en, description, starts_at, ends_at, sales_open_at)
        values (${stadium.venueId}, ${stadium.hallId}, ${event.kind}, ${event.title}, ${event.titleEn}, ${event.description},
                ${event.startsAt.toISOString()}, ${addMinutes(event.startsAt, event.minutes).toISOString()}, ${addMinutes(now, -60 * 24).toISOString()})
        returning id`,
  );
  await tx.execute(sql`
    insert into event_zone_prices (event_id, zone_id, price_minor)
    select ${eventId}::uuid, p."zoneId", p."priceMinor"
    from jsonb_to_recordset(${JSON.stringify(prices)}::jsonb) as p("zoneId" uuid, "priceMinor" bigint)`);
  await createEventInventory(tx, eventId);
  return eventId;
}

const zoneId = (stadium: SeededStadium, code: string): string => stadium.zoneIds.get(code)!;

/**
 * Three matches in the coming weeks (every sector priced, the dance floor not sold) and
 * one concert with the stage in front of the west stand (its sectors not sold) and
 * the pitch as a dance floor.
 */
export async function seedStadiumEvents(tx: Db, stadium: SeededStadium, now: Date): Promise<SeededStadiumEvents> {
  const matchIds: string[] = [];
  for (const match of matches) {
    const prices = stadium.sectors.map((sector) => ({
      zoneId: zoneId(stadium, sector.code),
      priceMinor: (matchPrices[sectorCategory(sector)] * match.percent) / 100,
    }));
    const startsAt = venueTime(now, TIME_ZONE, match.daysAhead, match.time);
    const description = 'Матч чемпионата. Ворота открываются за два часа до начала.';
    matchIds.push(await addEvent(tx, stadium, { kind: 'match', title: match.title, titleEn: match.titleEn, description, startsAt, minutes: 120 }, prices, now));
  }
  const facingStage = (sector: StadiumSector) => sector.part !== 'west' && sector.part !== 'south_west' && sector.part !== 'north_west';
  const concertPricesByZone = [
    ...stadium.sectors.filter(facingStage).map((sector) => ({ zoneId: zoneId(stadium, sector.code), priceMinor: concertPrices[sectorCategory(sector)] })),
    { zoneId: zoneId(stadium, DANCE_FLOOR.code), priceMinor: 450_000 },
  ];
  const concertId = await addEvent(
    tx,
    stadium,
    {
      kind: 'concert',
      title: 'Группа «Северное сияние»: большой летний концерт',
      titleEn: 'Northern Lights: the big summer concert',
      description: 'Сцена у западной трибуны, танцпол на поле.',
      startsAt: venueTime(now, TIME_ZONE, 13, '20:00'),
      minutes: 180,
    },
    concertPricesByZone,
    now,
  );
  return { matchIds, concertId };
}
