import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';
import type { ContractPriceInput } from '../corporate/corporate-contracts.ts';

// A special price a fifth or so below the list price, in whole roubles.
const discounted = (listMinor: number, percent: number) => Math.round((listMinor * percent) / 10_000) * 100;

/**
 * Special prices for the demo contract, picked from whatever the catalog demo loaded by
 * kind and name: a season ticket, an excursion, the first match (whole event) and a zone
 * of the first concert. A row that is not there is skipped, never an error.
 */
export async function demoContractPrices(db: Db): Promise<ContractPriceInput[]> {
  const services = await queryRows<{ id: string; kind: string; base_cost_minor: number }>(
    db,
    sql`select distinct on (kind) id, kind, base_cost_minor from services
        where kind in ('season_ticket', 'excursion') and is_active and base_cost_minor > 0
        order by kind, (name ilike '%абонемент%' or name ilike '%экскурс%') desc, name`,
  );
  const events = await queryRows<{ event_id: string; kind: string; zone_id: string; price_minor: number }>(
    db,
    sql`select distinct on (e.kind) e.id as event_id, e.kind, p.zone_id, p.price_minor
        from events e join event_zone_prices p on p.event_id = e.id
        where e.kind in ('match', 'concert') and e.status = 'scheduled' and p.price_minor > 0
        order by e.kind, e.starts_at, p.price_minor desc`,
  );
  const prices: ContractPriceInput[] = [];
  for (const service of services) {
    prices.push({ serviceId: service.id, priceMinor: discounted(Number(service.base_cost_minor), service.kind === 'season_ticket' ? 85 : 80) });
  }
  for (const event of events) {
    const price = discounted(Number(event.price_minor), 75);
    prices.push(event.kind === 'match' ? { eventId: event.event_id, priceMinor: price } : { eventId: event.event_id, zoneId: event.zone_id, priceMinor: price });
  }
  return prices;
}
