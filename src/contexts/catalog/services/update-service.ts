import type { Db } from '../../../server/db/types.ts';
import { conflict } from '../../../shared/errors.ts';
import { createServiceUnits } from '../../inventory/index.ts';
import type { ServiceDetail, UpdateServiceBody } from '../contracts/services.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { instantOf } from '../shared/instants.ts';
import { serviceNotFound } from '../shared/not-found.ts';
import { checkService, currentServiceOptions } from './service-options.ts';
import { findService, updateServiceRow } from './service-repository.ts';
import { loadServiceDetail } from './service-views.ts';

/** Instants of the body as Dates; members left out stay left out. */
function patchOf(body: UpdateServiceBody) {
  const { flags, dateRules, salesOpenAt, salesCloseAt, ...scalars } = body;
  return {
    ...scalars,
    ...flags,
    ...(salesOpenAt === undefined ? {} : { salesOpenAt: instantOf(salesOpenAt) }),
    ...(salesCloseAt === undefined ? {} : { salesCloseAt: instantOf(salesCloseAt) }),
    ...(dateRules?.activeKindId === undefined ? {} : { activeKindId: dateRules.activeKindId }),
    ...(dateRules?.activeDays === undefined ? {} : { activeDays: dateRules.activeDays }),
    ...(dateRules?.dtBegin === undefined ? {} : { dtBegin: instantOf(dateRules.dtBegin) }),
    ...(dateRules?.dtEnd === undefined ? {} : { dtEnd: instantOf(dateRules.dtEnd) }),
  };
}

/**
 * Changes a service's details and flags; the result must still be coherent with its
 * options (service-rules.ts). An add-on good's stock may grow (the new units go on
 * sale), never shrink: units already sold or held would fall outside it.
 */
export async function updateService(db: Db, change: Change, serviceId: string, body: UpdateServiceBody): Promise<ServiceDetail> {
  return db.transaction(async (tx) => {
    const found = await findService(tx, serviceId, { forUpdate: true });
    if (!found) throw serviceNotFound();
    const { currency: _currency, venueName: _venue, venueTimeZone: _zone, ...before } = found;
    const patch = patchOf(body);
    const after = { ...before, ...patch };
    if (before.stock !== null && (after.stock === null || after.stock < before.stock)) {
      throw conflict('stock_cannot_shrink', `The stock may grow from ${before.stock}, not shrink: units may be sold or held.`, { field: 'body.stock' });
    }
    await checkService(tx, after, await currentServiceOptions(tx, serviceId));
    await updateServiceRow(tx, serviceId, patch);
    if (after.stock !== null && after.stock !== before.stock) await createServiceUnits(tx, serviceId, after.stock);
    await auditChange(tx, change, 'service.updated', 'service', serviceId, { before, after });
    return loadServiceDetail(tx, serviceId, change.now);
  });
}
