import { assertMinorUnits, multiplyMinor } from '../../../shared/money.ts';
import { applyContractPrice } from './apply-contract-price.ts';
import { buildPricedLine, inputRef } from './build-priced-line.ts';
import { findContractPrice } from './find-contract-price.ts';
import type { PricedLine } from './priced-line.ts';
import { lineField } from './refuse.ts';
import type { PricingContext, SimpleLineInput } from './types.ts';
import { validateSimpleLine } from './validate-simple-line.ts';

/**
 * Facility pass (visits or days), add-on good or service, single excursion: base
 * cost x quantity. The seed 002 date flags apply when the service carries them.
 */
export function priceSimpleLine(line: SimpleLineInput, context: PricingContext, lineIndex: number): PricedLine {
  const { service, choice } = line;
  const visit = validateSimpleLine(line, context.now, lineIndex);
  const listUnitMinor = assertMinorUnits(service.baseCostMinor, `cost of ${service.name}`);
  const contract = findContractPrice(context.contract, { serviceId: service.id }, service.currency, lineField(lineIndex, 'serviceId'));
  const { unitPriceMinor, factors } = applyContractPrice(
    listUnitMinor,
    [{ kind: 'service_cost', serviceId: service.id, serviceName: service.name, priceMinor: listUnitMinor }],
    contract,
  );
  return buildPricedLine({
    kind: 'simple',
    currency: service.currency,
    unitPriceMinor,
    quantity: choice.quantity,
    amountMinor: multiplyMinor(unitPriceMinor, choice.quantity),
    factors,
    inputs: [inputRef(service.simpleKind, service), ...(contract ? [inputRef('contract', contract.contract)] : [])],
    choice: { serviceId: service.id, quantity: choice.quantity, visitDate: visit?.visit.date ?? null, visitTime: visit?.visit.time ?? null },
    validity: visit?.validity ?? null,
    visit: visit?.visit ?? null,
    now: context.now,
  });
}
