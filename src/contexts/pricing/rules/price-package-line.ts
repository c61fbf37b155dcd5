import { assertMinorUnits, multiplyMinor } from '../../../shared/money.ts';
import { applyContractPrice } from './apply-contract-price.ts';
import { buildPricedLine, inputRef } from './build-priced-line.ts';
import { findContractPrice } from './find-contract-price.ts';
import type { PricedLine } from './priced-line.ts';
import { lineField } from './refuse.ts';
import type { PackageLineInput, PricingContext } from './types.ts';
import { validatePackageLine } from './validate-package-line.ts';

/**
 * Bundle of events or season ticket: the service's own price per seat buys the
 * whole set of events; the events' zone prices play no part. Amount = unit x seats.
 */
export function pricePackageLine(line: PackageLineInput, context: PricingContext, lineIndex: number): PricedLine {
  const { service } = line;
  const { seatIds, quantity } = validatePackageLine(line, context.now, lineIndex);
  const listUnitMinor = assertMinorUnits(service.baseCostMinor, `cost of ${service.name}`);
  const contract = findContractPrice(context.contract, { serviceId: service.id }, service.currency, lineField(lineIndex, 'serviceId'));
  const { unitPriceMinor, factors } = applyContractPrice(
    listUnitMinor,
    [{ kind: 'service_cost', serviceId: service.id, serviceName: service.name, priceMinor: listUnitMinor }],
    contract,
  );
  return buildPricedLine({
    kind: 'package',
    currency: service.currency,
    unitPriceMinor,
    quantity,
    amountMinor: multiplyMinor(unitPriceMinor, quantity),
    factors,
    inputs: [inputRef(service.packageKind, service), ...(contract ? [inputRef('contract', contract.contract)] : [])],
    choice: { serviceId: service.id, eventIds: [...service.eventIds], seatIds: [...seatIds], quantity },
    now: context.now,
  });
}
