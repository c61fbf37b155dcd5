import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { figuresOf } from '../shared/db-values.ts';
import { type FigureRow, figureColumns, inPeriod, type MovementFilter, ticketMovements } from '../shared/ticket-movements-repository.ts';
import type { FilmSales } from './rank-films.ts';

/**
 * Each film sold, returned or shown (a scheduled session starting) in the period, with
 * the tickets of its sessions sold and returned in it. A film with sessions but no sales
 * is listed with zeros, so the manager sees it earned nothing rather than not seeing it.
 */
export async function readFilmSales(db: Db, filter: MovementFilter): Promise<FilmSales[]> {
  const venue = filter.venueId ? sql`and e.venue_id = ${filter.venueId}::uuid` : sql``;
  const rows = await queryRows<FigureRow & { film_id: string; title: string; title_en: string | null }>(
    db,
    sql`
      with moved as (
        select e.film_id, m.movement, m.price_minor
        from ${ticketMovements(filter)} m
        join events e on e.id = m.event_id
        where e.film_id is not null
      ),
      shown as (
        select distinct e.film_id
        from events e join venues v on v.id = e.venue_id
        where e.film_id is not null and e.status = 'scheduled' ${venue}
          and ${inPeriod(sql`e.starts_at`, filter, sql`v.time_zone`)}
      )
      select f.id as film_id, f.title, f.title_en, ${figureColumns}
      from films f
      left join moved m on m.film_id = f.id
      where f.id in (select film_id from moved) or f.id in (select film_id from shown)
      group by f.id, f.title, f.title_en`,
  );
  return rows.map((row) => ({ filmId: row.film_id, title: row.title, titleEn: row.title_en, ...figuresOf(row) }));
}
