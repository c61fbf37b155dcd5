import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { insertId } from './demo-sql.ts';

/** The columns of `services` a demo service sets; the others keep their defaults (every seed-002 flag false). */
export interface ServiceRow {
  kind: 'event_ticket' | 'bundle' | 'season_ticket' | 'excursion' | 'facility_pass' | 'addon_good' | 'addon_service' | 'museum_visit';
  name: string;
  name_en: string;
  description: string;
  base_cost_minor: number;
  is_editable?: boolean;
  is_disable_edit_visit_object?: boolean;
  is_visit_object_use_for_cost?: boolean;
  is_disable_edit_visitor?: boolean;
  is_category_visitor_use_for_cost?: boolean;
  is_visitor_count_use_for_cost?: boolean;
  is_use_one_category?: boolean;
  is_need_visit_date?: boolean;
  is_need_visit_time?: boolean;
  active_kind_id?: 1 | 2 | 3;
  active_days?: number;
  dt_begin?: string;
  dt_end?: string;
  stock?: number;
  pass_visits?: number;
  pass_days?: number;
  group_min?: number;
  group_max?: number;
}

export async function insertService(tx: Db, venueId: string, service: ServiceRow): Promise<string> {
  // Column names come from ServiceRow's keys (our code, never user input); values travel as one jsonb parameter.
  const columns = Object.keys(service).filter((column) => /^[a-z_]+$/.test(column));
  return insertId(
    tx,
    sql`insert into services (venue_id, ${sql.raw(columns.join(', '))})
        select ${venueId}::uuid, ${sql.raw(columns.map((column) => `s.${column}`).join(', '))}
        from jsonb_populate_record(null::services, ${JSON.stringify(service)}::jsonb) as s
        returning id`,
  );
}

/** Find-or-create a visitor category: the table is shared by every venue. */
export async function visitorCategory(tx: Db, code: string, name: string, nameEn: string): Promise<string> {
  return insertId(
    tx,
    sql`insert into visitor_categories (code, name, name_en) values (${code}, ${name}, ${nameEn})
        on conflict (code) do update set name = excluded.name returning id`,
  );
}

/** The events a bundle or season ticket admits to. */
export async function linkEvents(tx: Db, serviceId: string, eventIds: readonly string[]): Promise<void> {
  await tx.execute(sql`
    insert into service_events (service_id, event_id)
    select ${serviceId}::uuid, e::uuid from jsonb_array_elements_text(${JSON.stringify(eventIds)}::jsonb) as e`);
}

/** The categories a service offers, with their RequireVisitorCount (null: the visitor chooses). */
export async function offerCategories(tx: Db, serviceId: string, categories: { id: string; require?: number }[]): Promise<void> {
  await tx.execute(sql`
    insert into service_visitor_categories (service_id, visitor_category_id, require_visitor_count)
    select ${serviceId}::uuid, c.id, c.require
    from jsonb_to_recordset(${JSON.stringify(categories)}::jsonb) as c(id uuid, require int)`);
}

/** Rows of a seed-002 price table; a missing object or category is the "none" of a less specific row. */
export async function addPrices(tx: Db, serviceId: string, prices: { object?: string; category?: string; priceMinor: number }[]): Promise<void> {
  await tx.execute(sql`
    insert into service_prices (service_id, visit_object_id, visitor_category_id, price_minor)
    select ${serviceId}::uuid, p.object, p.category, p."priceMinor"
    from jsonb_to_recordset(${JSON.stringify(prices)}::jsonb) as p(object uuid, category uuid, "priceMinor" bigint)`);
}
