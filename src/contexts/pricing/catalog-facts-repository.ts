import { type SQL, sql } from 'drizzle-orm';
import { queryPrepared } from '../../server/db/prepared.ts';
import type { Db } from '../../server/db/types.ts';
import type { EventSaleFacts, SeatFactsRow, ServiceSaleFacts } from './catalog-facts.ts';

// All SQL of the pricing context: reads of the catalog tables (0100_catalog.sql), one
// statement per fact group and quote, whatever the number of lines. Each fact group is
// built as JSON inside PostgreSQL so it costs one round trip; coefficients are cast to
// text there, since a JSON number would turn "1.1500" into a float. Only what the lines
// name is read: their seats through the primary key (never a hall's 80,000), and of an
// event's zones (a stadium has dozens) those the lines chose or their seats lie in.
// Their texts are fixed (lists travel as array parameters), so they run as named
// statements: planned once per connection rather than on every quote.

type JsonDates<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

const dateOrNull = (text: string | null): Date | null => (text === null ? null : new Date(text));

/** What a quote names: the zones it chose and those its seats lie in (read first, by loadSeats). */
export type Named = { readonly zoneIds: readonly string[] };

// Only the zones' ids: with the seats' zones looked up here too, PostgreSQL found no
// cached plan as cheap as planning afresh, and planned the event query on every quote.
const namedZones = (named: Named) => sql`z.id = any(${sql.param([...named.zoneIds])}::uuid[])`;

// One id (a quote nearly always names one event) as a plain equality: the planner then
// knows it is one row, and the cached plan serves every quote instead of a plan each.
const oneOrAny = (column: SQL, ids: readonly string[]) =>
  ids.length === 1 ? sql`${column} = ${ids[0]}::uuid` : sql`${column} = any(${sql.param([...ids])}::uuid[])`;

/**
 * The events with their venue, hall and hall types, session types, film, and the
 * named zones with the event's price of each; a zone missing is not in the event's hall.
 */
export async function loadEvents(db: Db, eventIds: readonly string[], named: Named): Promise<EventSaleFacts[]> {
  if (eventIds.length === 0) return [];
  const rows = await queryPrepared<{ facts: JsonDates<EventSaleFacts> }>(
    db,
    sql`select ${eventFacts(namedZones(named))} as facts
      from events e join venues v on v.id = e.venue_id join halls h on h.id = e.hall_id
      where ${oneOrAny(sql`e.id`, eventIds)}`,
  );
  return rows.map(({ facts }) => eventFromJson(facts));
}

/**
 * The named seats and the events, in one statement (one round trip fewer for the usual
 * quote: seats picked on a map). The events' zones are those named and those the seats
 * lie in, as when `loadSeats` runs first; the seats are read once, as a materialized part.
 */
export async function loadSeatsAndEvents(
  db: Db,
  seatIds: readonly string[],
  eventIds: readonly string[],
  named: Named,
): Promise<{ seats: SeatFactsRow[]; events: EventSaleFacts[] }> {
  const [row] = await queryPrepared<{ seats: SeatFactsRow[]; events: JsonDates<EventSaleFacts>[] }>(
    db,
    sql`with seat_rows as materialized (
        select id, hall_id, zone_id, row_label, seat_label from seats where id = any(${sql.param([...seatIds])}::uuid[]))
      select
        (select coalesce(json_agg(json_build_object('id', id, 'hallId', hall_id, 'zoneId', zone_id, 'rowLabel', row_label, 'seatLabel', seat_label)), '[]'::json)
         from seat_rows) as seats,
        (select coalesce(json_agg(${eventFacts(sql`(${namedZones(named)} or z.id in (select zone_id from seat_rows))`)}), '[]'::json)
         from events e join venues v on v.id = e.venue_id join halls h on h.id = e.hall_id
         where ${oneOrAny(sql`e.id`, eventIds)}) as events`,
  );
  return { seats: row?.seats ?? [], events: (row?.events ?? []).map(eventFromJson) };
}

const eventFromJson = (facts: JsonDates<EventSaleFacts>): EventSaleFacts => ({
  ...facts,
  startsAt: new Date(facts.startsAt),
  salesOpenAt: dateOrNull(facts.salesOpenAt),
  salesCloseAt: dateOrNull(facts.salesCloseAt),
});

/**
 * An event's facts as one JSON object: venue, hall and hall types, session types, film,
 * and the zones `zones` lets through with the event's price of each (a zone missing is not
 * in the event's hall). Reads `e`, `v` and `h` of the caller's from list.
 */
const eventFacts = (zones: SQL) => sql`json_build_object(
        'id', e.id, 'kind', e.kind, 'title', e.title, 'status', e.status,
        'startsAt', e.starts_at, 'salesOpenAt', e.sales_open_at, 'salesCloseAt', e.sales_close_at,
        'venue', json_build_object('id', v.id, 'kind', v.kind, 'name', v.name, 'timeZone', v.time_zone, 'currency', v.currency,
          'holdMinutes', v.hold_minutes, 'confirmHours', v.confirm_hours),
        'hall', json_build_object('id', h.id, 'name', h.name, 'types', coalesce((
          select json_agg(json_build_object('id', ht.id, 'name', ht.name, 'value', ht.coefficient::text) order by ht.code)
          from hall_hall_types hht join hall_types ht on ht.id = hht.hall_type_id
          where hht.hall_id = h.id), '[]'::json)),
        'zones', coalesce((
          select json_agg(json_build_object(
            'id', z.id, 'name', z.name, 'seated', z.kind = 'seated', 'capacity', z.capacity,
            'coefficient', z.coefficient::text, 'priceMinor', p.price_minor) order by z.sort_order, z.code)
          from zones z left join event_zone_prices p on p.event_id = e.id and p.zone_id = z.id
          where z.hall_id = e.hall_id and ${zones}), '[]'::json),
        'sessionTypes', coalesce((
          select json_agg(json_build_object('id', st.id, 'name', st.name, 'value', st.coefficient::text) order by st.code)
          from event_session_types est join session_types st on st.id = est.session_type_id
          where est.event_id = e.id), '[]'::json),
        'film', (select json_build_object('id', f.id, 'title', f.title, 'basePriceMinor', f.base_price_minor) from films f where f.id = e.film_id),
        'serviceId', (
          select se.service_id from service_events se join services s on s.id = se.service_id
          where se.event_id = e.id and s.kind = 'event_ticket' order by se.service_id limit 1)
      )`;

/** The named seats, wherever they are; the caller checks each lies in the line's hall. */
export async function loadSeats(db: Db, seatIds: readonly string[]): Promise<SeatFactsRow[]> {
  if (seatIds.length === 0) return [];
  return queryPrepared<SeatFactsRow>(
    db,
    sql`select id, hall_id as "hallId", zone_id as "zoneId", row_label as "rowLabel", seat_label as "seatLabel"
        from seats where id = any(${sql.param([...seatIds])}::uuid[])`,
  );
}

/**
 * The services with their seed 002 flags, visit objects (linked directly or through
 * the price table), visitor categories, price table, and a package's events with the
 * named zones that are on sale in every one of them.
 */
export async function loadServices(db: Db, serviceIds: readonly string[], named: Named): Promise<ServiceSaleFacts[]> {
  if (serviceIds.length === 0) return [];
  const rows = await queryPrepared<{ facts: JsonDates<ServiceSaleFacts> }>(
    db,
    sql`
      select json_build_object(
        'id', s.id, 'kind', s.kind, 'name', s.name, 'isEditable', s.is_editable, 'isActive', s.is_active,
        'baseCostMinor', s.base_cost_minor, 'currency', v.currency, 'timeZone', v.time_zone,
        'salesOpenAt', s.sales_open_at, 'salesCloseAt', s.sales_close_at,
        'flags', json_build_object(
          'isDisableEditVisitObject', s.is_disable_edit_visit_object, 'isVisitObjectUseForCost', s.is_visit_object_use_for_cost,
          'isDisableEditVisitor', s.is_disable_edit_visitor, 'isCategoryVisitorUseForCost', s.is_category_visitor_use_for_cost,
          'isVisitorCountUseForCost', s.is_visitor_count_use_for_cost, 'isUseOneCategory', s.is_use_one_category),
        'isNeedVisitDate', s.is_need_visit_date, 'isNeedVisitTime', s.is_need_visit_time,
        'activeKindId', s.active_kind_id, 'activeDays', s.active_days, 'dtBegin', s.dt_begin, 'dtEnd', s.dt_end,
        'stock', s.stock, 'passVisits', s.pass_visits, 'passDays', s.pass_days,
        'visitObjects', coalesce((
          select json_agg(json_build_object('id', o.id, 'name', o.name, 'isRequire', coalesce(svo.is_require, false)) order by o.name, o.id)
          from visit_objects o left join service_visit_objects svo on svo.service_id = s.id and svo.visit_object_id = o.id
          where o.id in (
            select visit_object_id from service_visit_objects where service_id = s.id
            union select visit_object_id from service_prices where service_id = s.id and visit_object_id is not null)), '[]'::json),
        'visitorCategories', coalesce((
          select json_agg(json_build_object('id', c.id, 'name', c.name, 'requireVisitorCount', svc.require_visitor_count) order by c.code)
          from visitor_categories c left join service_visitor_categories svc on svc.service_id = s.id and svc.visitor_category_id = c.id
          where c.id in (
            select visitor_category_id from service_visitor_categories where service_id = s.id
            union select visitor_category_id from service_prices where service_id = s.id and visitor_category_id is not null)), '[]'::json),
        'priceRows', coalesce((
          select json_agg(json_build_object('id', p.id, 'visitObjectId', p.visit_object_id,
            'visitorCategoryId', p.visitor_category_id, 'priceMinor', p.price_minor) order by p.id)
          from service_prices p where p.service_id = s.id), '[]'::json),
        'events', coalesce((
          select json_agg(json_build_object('id', e.id, 'hallId', e.hall_id, 'status', e.status) order by e.starts_at)
          from service_events se join events e on e.id = se.event_id where se.service_id = s.id), '[]'::json),
        -- Only packages have events whose zones and seats matter; CASE skips the rest.
        'packageZoneIds', case when s.kind in ('bundle', 'season_ticket') and exists (
            select 1 from service_events se join event_zone_prices ezp on ezp.event_id = se.event_id where se.service_id = s.id)
          then coalesce((
            select json_agg(p.zone_id) from (
              select ezp.zone_id from service_events se join event_zone_prices ezp on ezp.event_id = se.event_id
              join zones z on z.id = ezp.zone_id
              where se.service_id = s.id and ${namedZones(named)} group by ezp.zone_id
              having count(*) = (select count(*) from service_events x where x.service_id = s.id)) p), '[]'::json)
          end,
        'packageSeated', s.kind in ('bundle', 'season_ticket') and exists (
          select 1 from zones z
          where z.kind = 'seated' and z.hall_id in (select e.hall_id from service_events se join events e on e.id = se.event_id where se.service_id = s.id))
      ) as facts
      from services s join venues v on v.id = s.venue_id
      where s.id = any(${sql.param([...serviceIds])}::uuid[])`,
  );
  return rows.map(({ facts }) => ({
    ...facts,
    salesOpenAt: dateOrNull(facts.salesOpenAt),
    salesCloseAt: dateOrNull(facts.salesCloseAt),
    dtBegin: dateOrNull(facts.dtBegin),
    dtEnd: dateOrNull(facts.dtEnd),
  }));
}
