import type { Db } from '../../../server/db/types.ts';
import { lineTarget } from '../line-inventory.ts';
import { linesOf } from '../request-repository.ts';
import { storedPriced } from '../requests/stored-line.ts';
import { loadSaleTerms, type SaleTerms } from '../sale-terms-repository.ts';

/** The venue terms and the "about" of a request's active lines. */
export async function termsOfRequest(tx: Db, requestId: string): Promise<SaleTerms> {
  const targets = (await linesOf(tx, requestId)).filter((line) => line.status === 'active').map((line) => lineTarget(storedPriced(line)));
  return loadSaleTerms(tx, {
    eventIds: [...new Set(targets.flatMap((t) => t.eventIds))],
    serviceIds: [...new Set(targets.flatMap((t) => (t.serviceId ? [t.serviceId] : [])))],
  });
}
