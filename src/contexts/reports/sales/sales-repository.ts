import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';
import type { SalesPaymentKind } from '../contracts.ts';
import { figuresOf, isoOf, wholeOf } from '../shared/db-values.ts';
import type { SaleFigures } from '../shared/figures.ts';
import type { PaymentMoney } from './payment-kind-rows.ts';
import { type FigureRow, figureColumns, inPeriod, type MovementFilter, ticketMovements } from '../shared/ticket-movements-repository.ts';

// Sales grouped four ways, all over the same ticket movements (see ticket-movements-repository.ts).

export async function readDailySales(db: Db, filter: MovementFilter): Promise<Map<string, SaleFigures>> {
  const rows = await queryRows<FigureRow & { local_day: string }>(
    db,
    sql`select m.local_day, ${figureColumns} from ${ticketMovements(filter)} m group by m.local_day`,
  );
  return new Map(rows.map((row) => [row.local_day, figuresOf(row)]));
}

export interface EventSales extends SaleFigures {
  eventId: string | null;
  title: string | null;
  startsAt: string | null;
  venueId: string | null;
  venueName: string | null;
  filmId: string | null;
}

export async function readEventSales(db: Db, filter: MovementFilter): Promise<EventSales[]> {
  const rows = await queryRows<FigureRow & { event_id: string | null; title: string | null; starts_at: Date | string | null; venue_id: string | null; venue_name: string | null; film_id: string | null }>(
    db,
    sql`select e.id as event_id, e.title, e.starts_at, e.venue_id, v.name as venue_name, e.film_id, ${figureColumns}
        from ${ticketMovements(filter)} m
        left join events e on e.id = m.event_id
        left join venues v on v.id = e.venue_id
        group by e.id, e.title, e.starts_at, e.venue_id, v.name, e.film_id
        order by e.starts_at nulls last, e.title`,
  );
  return rows.map((row) => ({
    eventId: row.event_id, title: row.title, startsAt: isoOf(row.starts_at), venueId: row.venue_id, venueName: row.venue_name, filmId: row.film_id, ...figuresOf(row),
  }));
}

export interface ServiceSales extends SaleFigures {
  serviceId: string | null;
  name: string | null;
  kind: string | null;
}

export async function readServiceSales(db: Db, filter: MovementFilter): Promise<ServiceSales[]> {
  const rows = await queryRows<FigureRow & { service_id: string | null; name: string | null; kind: string | null }>(
    db,
    sql`select s.id as service_id, s.name, s.kind, ${figureColumns}
        from ${ticketMovements(filter)} m
        left join services s on s.id = m.service_id
        group by s.id, s.name, s.kind
        order by s.name nulls first`,
  );
  return rows.map((row) => ({ serviceId: row.service_id, name: row.name, kind: row.kind, ...figuresOf(row) }));
}

/** Tickets by the kind of their order's last payment up to their issue (null: issued on credit, or free). */
export async function readSalesByPaymentKind(db: Db, filter: MovementFilter): Promise<Map<SalesPaymentKind | null, SaleFigures>> {
  const rows = await queryRows<FigureRow & { paid_by: SalesPaymentKind | null }>(
    db,
    sql`select m.paid_by, ${figureColumns} from ${ticketMovements(filter)} m group by m.paid_by`,
  );
  return new Map(rows.map((row) => [row.paid_by, figuresOf(row)]));
}

/** Money taken and given back by each payment kind in the period, on the wall clock of the order's venue. */
export async function readPaymentMoney(db: Db, filter: MovementFilter): Promise<Map<SalesPaymentKind, PaymentMoney>> {
  const venue = filter.venueId ? sql`and ov.venue_id = ${filter.venueId}::uuid` : sql``;
  const rows = await queryRows<{ kind: SalesPaymentKind; received_minor: string | number; payments_count: number; refunded_minor: string | number; refunds_count: number }>(
    db,
    sql`with order_venues as (
          select distinct on (t.order_id) t.order_id, v.id as venue_id, v.time_zone
          from tickets t
          left join events e on e.id = t.event_id
          left join services s on s.id = t.service_id
          join venues v on v.id = coalesce(e.venue_id, s.venue_id)
          where t.order_id in (select order_id from payments)
          order by t.order_id, t.created_at, t.id
        )
        select p.kind,
               coalesce(sum(p.amount_minor) filter (where p.amount_minor > 0), 0)::bigint as received_minor,
               count(*) filter (where p.amount_minor > 0)::int as payments_count,
               coalesce(-sum(p.amount_minor) filter (where p.amount_minor < 0), 0)::bigint as refunded_minor,
               count(*) filter (where p.amount_minor < 0)::int as refunds_count
        from payments p join order_venues ov on ov.order_id = p.order_id
        where ${inPeriod(sql`p.created_at`, filter, sql`ov.time_zone`)} ${venue}
        group by p.kind`,
  );
  return new Map(
    rows.map((row) => [
      row.kind,
      { receivedMinor: wholeOf(row.received_minor), paymentsCount: wholeOf(row.payments_count), refundedMinor: wholeOf(row.refunded_minor), refundsCount: wholeOf(row.refunds_count) },
    ]),
  );
}
