import { type SQL, sql } from 'drizzle-orm';
import type { ReportPeriod } from './report-period.ts';

// Reports read booking's, payments' and catalog's tables directly (ADR 0008): this is
// the one place that says, in SQL, when a ticket counts as sold or returned, so the
// film report and the sales report can never disagree. See `soldDefinition` in contracts.ts.

export interface MovementFilter extends ReportPeriod {
  venueId: string | null;
}

/**
 * The instant `day` begins on the wall clock of the time zone in `zoneColumn`, as SQL.
 * `to` is included, so a period ends where the day after it begins.
 */
const dayStart = (day: string, zoneColumn: SQL): SQL => sql`((${day}::date)::timestamp at time zone ${zoneColumn})`;
const dayAfter = (day: string, zoneColumn: SQL): SQL => sql`((${day}::date + 1)::timestamp at time zone ${zoneColumn})`;

/** `column` falls in the period on the wall clock of the zone in `zoneColumn`. */
export const inPeriod = (column: SQL, period: ReportPeriod, zoneColumn: SQL): SQL =>
  sql`(${column} >= ${dayStart(period.from, zoneColumn)} and ${column} < ${dayAfter(period.to, zoneColumn)})`;

/**
 * A subquery of ticket movements in the period: one 'sale' row per ticket issued in it
 * (a ticket is sold when it is issued, ADR 0007) and one 'return' row per issued ticket
 * returned in it, each with the ticket's frozen price, its event, service and venue, the
 * day on the venue's wall clock, and the kind of the payment that paid for it (the
 * order's last payment up to the issue; null when it was issued on a contract's credit
 * or cost nothing). Columns: ticket_id, order_id, event_id, service_id, venue_id,
 * movement, at, local_day, price_minor, paid_by.
 */
export function ticketMovements(filter: MovementFilter): SQL {
  const venue = filter.venueId ? sql`and v.id = ${filter.venueId}::uuid` : sql``;
  return sql`(
    with sales as (
      select t.id as ticket_id, t.order_id, t.event_id, t.service_id, t.price_minor, v.id as venue_id, v.time_zone,
             t.issued_at as sold_at,
             case when t.status = 'returned' then t.returned_at end as returned_at,
             paid.kind as paid_by
      from tickets t
      left join events e on e.id = t.event_id
      left join services s on s.id = t.service_id
      join venues v on v.id = coalesce(e.venue_id, s.venue_id)
      left join lateral (
        select p.kind from payments p
        where p.order_id = t.order_id and p.amount_minor > 0 and p.created_at <= t.issued_at
        order by p.seq desc limit 1
      ) paid on true
      -- Only an issued ticket was ever sold; a ticket cancelled or returned before issue never was.
      where t.issued_at is not null and t.status in ('issued', 'returned') ${venue}
        -- Narrowed here already, so the payment lookup runs only for the period's tickets.
        and (${inPeriod(sql`t.issued_at`, filter, sql`v.time_zone`)} or ${inPeriod(sql`t.returned_at`, filter, sql`v.time_zone`)})
    ),
    movements as (
      select ticket_id, order_id, event_id, service_id, venue_id, time_zone, 'sale' as movement, sold_at as at, price_minor, paid_by
      from sales
      union all
      select ticket_id, order_id, event_id, service_id, venue_id, time_zone, 'return', returned_at, price_minor, paid_by
      from sales where returned_at is not null
    )
    select ticket_id, order_id, event_id, service_id, venue_id, movement, at, price_minor, paid_by,
           to_char(at at time zone time_zone, 'YYYY-MM-DD') as local_day
    from movements
    where ${inPeriod(sql`at`, filter, sql`time_zone`)}
  )`;
}

/** The figures of a group of movements, as select-list SQL (pair with `figuresOf`). */
export const figureColumns = sql`
  count(*) filter (where m.movement = 'sale')::int as tickets_sold,
  coalesce(sum(m.price_minor) filter (where m.movement = 'sale'), 0)::bigint as sold_minor,
  count(*) filter (where m.movement = 'return')::int as tickets_returned,
  coalesce(sum(m.price_minor) filter (where m.movement = 'return'), 0)::bigint as returned_minor`;

export interface FigureRow {
  tickets_sold: number | string | null;
  sold_minor: number | string | bigint | null;
  tickets_returned: number | string | null;
  returned_minor: number | string | bigint | null;
}
