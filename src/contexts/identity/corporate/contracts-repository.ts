import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { contractPrices, contracts } from '../tables.ts';
import type { ContractPriceInput, ContractView } from './corporate-contracts.ts';

export type ContractRow = typeof contracts.$inferSelect;

export async function findContract(db: Db, contractId: string, lock = false): Promise<ContractRow | null> {
  const query = db.select().from(contracts).where(eq(contracts.id, contractId)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertContract(db: Db, values: typeof contracts.$inferInsert): Promise<ContractRow> {
  const [row] = await db.insert(contracts).values(values).returning();
  if (!row) throw new Error('contract insert returned no row');
  return row;
}

export async function updateContractRow(db: Db, contractId: string, values: Partial<typeof contracts.$inferInsert>): Promise<ContractRow> {
  const [row] = await db.update(contracts).set(values).where(eq(contracts.id, contractId)).returning();
  if (!row) throw new Error(`contract ${contractId} vanished`);
  return row;
}

export async function replaceContractPrices(db: Db, contractId: string, prices: readonly ContractPriceInput[]): Promise<void> {
  await db.delete(contractPrices).where(eq(contractPrices.contractId, contractId));
  if (prices.length === 0) return;
  await db.insert(contractPrices).values(
    prices.map((p) => ({ contractId, serviceId: p.serviceId ?? null, eventId: p.eventId ?? null, zoneId: p.zoneId ?? null, priceMinor: p.priceMinor })),
  );
}

/** Does another active contract of the organisation overlap this period? */
export async function activeContractOverlaps(
  db: Db,
  organizationId: string,
  period: { validFrom: Date; validTo: Date | null },
  exceptContractId: string | null,
): Promise<string | null> {
  const [row] = await db
    .select({ number: contracts.number })
    .from(contracts)
    .where(
      and(
        eq(contracts.organizationId, organizationId),
        eq(contracts.status, 'active'),
        exceptContractId ? ne(contracts.id, exceptContractId) : undefined,
        sql`tstzrange(${contracts.validFrom}, ${contracts.validTo}, '[)') && tstzrange(${period.validFrom.toISOString()}::timestamptz, ${period.validTo?.toISOString() ?? null}::timestamptz, '[)')`,
      ),
    )
    .limit(1);
  return row?.number ?? null;
}

/** Contracts with their prices, newest period first. */
export async function contractViews(db: Db, where: { organizationId?: string; contractId?: string; statuses?: ContractRow['status'][] }): Promise<ContractView[]> {
  const rows = await db
    .select()
    .from(contracts)
    .where(
      and(
        where.organizationId ? eq(contracts.organizationId, where.organizationId) : undefined,
        where.contractId ? eq(contracts.id, where.contractId) : undefined,
        where.statuses ? inArray(contracts.status, where.statuses) : undefined,
      ),
    )
    .orderBy(sql`${contracts.validFrom} desc`, asc(contracts.number));
  if (rows.length === 0) return [];
  const prices = await db
    .select()
    .from(contractPrices)
    .where(inArray(contractPrices.contractId, rows.map((r) => r.id)))
    .orderBy(asc(contractPrices.priceMinor), asc(contractPrices.id));
  return rows.map((row) => ({
    contractId: row.id,
    organizationId: row.organizationId,
    number: row.number,
    status: row.status,
    validFrom: row.validFrom.toISOString(),
    validTo: row.validTo?.toISOString() ?? null,
    currency: row.currency,
    creditLimitMinor: row.creditLimitMinor,
    prices: prices
      .filter((p) => p.contractId === row.id)
      .map((p) => ({ serviceId: p.serviceId, eventId: p.eventId, zoneId: p.zoneId, priceMinor: p.priceMinor })),
  }));
}
