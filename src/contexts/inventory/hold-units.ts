import type { Db } from '../../server/db/types.ts';
import { conflict, notFound } from '../../shared/errors.ts';
import { claimServiceUnits, hasServiceUnits } from './claim-repository.ts';
import { type HoldTerms, assertHoldTerms, assertQuantity } from './hold-terms.ts';
import type { ServiceUnitRef } from './units.ts';

export interface HoldUnitsInput extends HoldTerms {
  serviceId: string;
  quantity: number;
}

/**
 * Adds `quantity` units of an add-on good to the hold, or none: 409 `stock_sold_out`
 * says how many could be had right now, 404 `service_not_stocked` when the good has no
 * counted stock.
 */
export async function holdUnits(db: Db, input: HoldUnitsInput): Promise<ServiceUnitRef[]> {
  assertHoldTerms(input);
  assertQuantity(input.quantity);
  const { serviceId, quantity } = input;
  return db.transaction(async (tx) => {
    const unitNos = await claimServiceUnits(tx, input, serviceId, quantity);
    if (unitNos.length === quantity) return unitNos.map((unitNo) => ({ kind: 'unit' as const, serviceId, unitNo }));
    if (unitNos.length === 0 && !(await hasServiceUnits(tx, serviceId))) {
      throw notFound('service_not_stocked', 'This service has no stock to sell.', { field: 'serviceId', extra: { serviceId } });
    }
    throw conflict('stock_sold_out', `Only ${unitNos.length} of these are left.`, {
      field: 'quantity',
      extra: { serviceId, available: unitNos.length },
    });
  });
}
