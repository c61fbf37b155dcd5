import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import type { ServiceDetail } from '../contracts/services.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { serviceNotFound } from '../shared/not-found.ts';
import { checkService, currentServiceOptions, writeServiceOptions, type ServiceOptions } from './service-options.ts';
import { findService } from './service-repository.ts';
import { loadServiceDetail } from './service-views.ts';

/** Price rows that name an object or category the service no longer offers: refused, never dropped silently. */
function orphanedPrices(options: ServiceOptions, given: Partial<ServiceOptions>): void {
  if (given.prices) return;
  const objects = new Set(options.visitObjects.map((o) => o.visitObjectId));
  const categories = new Set(options.visitorCategories.map((c) => c.visitorCategoryId));
  const orphan = options.prices.find(
    (row) => (row.visitObjectId !== null && !objects.has(row.visitObjectId)) || (row.visitorCategoryId !== null && !categories.has(row.visitorCategoryId)),
  );
  if (orphan) {
    const field = given.visitObjects ? 'body.visitObjects' : 'body.visitorCategories';
    throw conflict('option_has_prices', 'The price table still has rows for what you removed; change the price table first.', { field });
  }
}

/**
 * Replaces some of a service's options: the visit objects it offers (with IsRequire),
 * its visitor categories (with RequireVisitorCount), its price table or its events.
 * The service with its new options must obey the rules of its flags.
 */
export async function setServiceOptions(db: Db, change: Change, serviceId: string, given: Partial<ServiceOptions>): Promise<ServiceDetail> {
  return db.transaction(async (tx) => {
    const service = await findService(tx, serviceId, { forUpdate: true });
    if (!service) throw serviceNotFound();
    const before = await currentServiceOptions(tx, serviceId);
    const after: ServiceOptions = { ...before, ...given };
    orphanedPrices(after, given);
    await checkService(tx, service, after);
    await writeServiceOptions(tx, serviceId, given);
    await auditChange(tx, change, 'service.options_set', 'service', serviceId, { before, after: given });
    return loadServiceDetail(tx, serviceId, change.now);
  });
}
