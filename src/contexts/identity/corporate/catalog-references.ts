import { notFound } from '../../../shared/errors.ts';
import { pgErrorOf } from '../unique-violation.ts';
import type { ContractPriceInput } from './corporate-contracts.ts';

const columns = { service_id: ['serviceId', 'service'], event_id: ['eventId', 'event'], zone_id: ['zoneId', 'zone'] } as const;

/**
 * Runs a write of contract prices; a price naming a service, event or zone the catalog
 * does not have (the foreign key refuses it) becomes a 404 naming that row's field.
 */
export async function withCatalogReferences<T>(prices: readonly ContractPriceInput[], field: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, constraint, detail } = pgErrorOf(error);
    if (code !== '23503' || !constraint?.startsWith('contract_prices_')) throw error;
    const match = /Key \((\w+)\)=\(([^)]+)\)/.exec(detail ?? '');
    const column = match?.[1] as keyof typeof columns | undefined;
    const [key, noun] = (column && columns[column]) || (['serviceId', 'service'] as const);
    const index = prices.findIndex((price) => price[key] === match?.[2]);
    throw notFound(`${noun}_not_found`, `The catalog has no such ${noun}.`, { field: index >= 0 ? `${field}.${index}.${key}` : field });
  }
}
