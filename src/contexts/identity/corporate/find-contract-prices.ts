import { sql } from 'drizzle-orm';
import { queryPrepared } from '../../../server/db/prepared.ts';
import type { Db } from '../../../server/db/types.ts';

export interface ContractPrices {
  contractId: string;
  contractNumber: string;
  currency: string;
  prices: { serviceId?: string; eventId?: string; zoneId?: string; priceMinor: number }[];
}

/**
 * The special prices that apply to a client at an instant: those of the active contract of
 * the organisation the client represents whose period holds `at`; null for an individual
 * client or when no contract applies. At most one can apply (the database forbids overlaps).
 */
export async function findContractPrices(db: Db, query: { clientId: string; at: Date }): Promise<ContractPrices | null> {
  const at = query.at.toISOString();
  // Named: every booking asks, and planning the join cost ten times running it.
  const rows = await queryPrepared<{ id: string; number: string; currency: string; service_id: string | null; event_id: string | null; zone_id: string | null; price_minor: number | string | null }>(
    db,
    sql`select k.id, k.number, k.currency, p.service_id, p.event_id, p.zone_id, p.price_minor
        from clients c
        join contracts k on k.organization_id = c.organization_id and k.status = 'active'
         and k.valid_from <= ${at}::timestamptz and (k.valid_to is null or k.valid_to > ${at}::timestamptz)
        left join contract_prices p on p.contract_id = k.id
        where c.id = ${query.clientId}::uuid`,
  );
  const [first] = rows;
  if (!first) return null;
  return {
    contractId: first.id,
    contractNumber: first.number,
    currency: first.currency,
    prices: rows
      .filter((row) => row.price_minor !== null)
      .map((row) => ({
        ...(row.service_id ? { serviceId: row.service_id } : {}),
        ...(row.event_id ? { eventId: row.event_id } : {}),
        ...(row.zone_id ? { zoneId: row.zone_id } : {}),
        priceMinor: Number(row.price_minor),
      })),
  };
}
