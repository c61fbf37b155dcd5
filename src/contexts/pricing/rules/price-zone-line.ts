import { assertMinorUnits, multiplyMinor } from '../../../shared/money.ts';
import { applyContractPrice } from './apply-contract-price.ts';
import { buildPricedLine, inputRef } from './build-priced-line.ts';
import { findContractPrice } from './find-contract-price.ts';
import type { PricedLine } from './priced-line.ts';
import { lineField } from './refuse.ts';
import type { PricingContext, ZonePriceLineInput } from './types.ts';
import { validateEventLine } from './validate-event-line.ts';

/**
 * Stadium or concert (seed 001): the unit price is the event's price for the zone,
 * seated sector or dance floor alike; no coefficient applies because the zone price
 * already is the price. Amount = unit x seats (or places on the floor).
 */
export function priceZoneLine(line: ZonePriceLineInput, context: PricingContext, lineIndex: number): PricedLine {
  const { event } = line;
  const { zone, seatIds, quantity } = validateEventLine(event, line.choice, context.now, lineIndex);
  const listUnitMinor = assertMinorUnits(zone.priceMinor, `price of zone ${zone.name}`);
  const contract = findContractPrice(
    context.contract,
    { serviceId: event.serviceId, eventId: event.id, zoneId: zone.id },
    event.currency,
    lineField(lineIndex, 'zoneId'),
  );
  const { unitPriceMinor, factors } = applyContractPrice(
    listUnitMinor,
    [{ kind: 'zone_price', zoneId: zone.id, zoneName: zone.name, priceMinor: listUnitMinor }],
    contract,
  );
  return buildPricedLine({
    kind: 'zone_price',
    currency: event.currency,
    unitPriceMinor,
    quantity,
    amountMinor: multiplyMinor(unitPriceMinor, quantity),
    factors,
    inputs: [
      inputRef('event', event),
      inputRef('zone', zone),
      ...(contract ? [inputRef('contract', contract.contract)] : []),
    ],
    choice: { eventId: event.id, zoneId: zone.id, seatIds: [...seatIds], quantity },
    now: context.now,
  });
}
