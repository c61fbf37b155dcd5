import { formatDecimal, normalizeDecimal, parseDecimal, roundToInteger } from '../../../shared/decimal.ts';
import { exactScaledMinor, minorFromBigInt, multiplyMinor } from '../../../shared/money.ts';
import { applyContractPrice } from './apply-contract-price.ts';
import { buildPricedLine, inputRef } from './build-priced-line.ts';
import { findContractPrice } from './find-contract-price.ts';
import type { Factor, PricedLine } from './priced-line.ts';
import { lineField } from './refuse.ts';
import type { CinemaLineInput, Coefficient, PricingContext } from './types.ts';
import { validateEventLine } from './validate-event-line.ts';

type CoefficientSource = 'hall_type' | 'zone' | 'session_type';

const coefficientFactor = (source: CoefficientSource, row: Coefficient): Factor => ({
  kind: 'coefficient',
  source,
  id: row.id,
  name: row.name,
  value: row.value,
});

/**
 * Seed 003: per seat, film base price x every hall type coefficient x the zone
 * coefficient x every session type coefficient, multiplied exactly and rounded once
 * (half away from zero); row and seat never matter. Amount = unit x seats.
 */
export function priceCinemaLine(line: CinemaLineInput, context: PricingContext, lineIndex: number): PricedLine {
  const { event, film, hall } = line;
  const { zone, seatIds, quantity } = validateEventLine(event, line.choice, context.now, lineIndex);
  const applied: readonly (readonly [CoefficientSource, Coefficient])[] = [
    ...hall.types.map((type) => ['hall_type', type] as const),
    ['zone', { id: zone.id, name: zone.name, value: zone.coefficient }],
    ...event.sessionTypes.map((type) => ['session_type', type] as const),
  ];
  const exact = exactScaledMinor(
    film.basePriceMinor,
    applied.map(([, row]) => parseDecimal(row.value)),
  );
  const listUnitMinor = minorFromBigInt(roundToInteger(exact), 'ticket price');
  const listFactors: Factor[] = [
    { kind: 'film_base_price', filmId: film.id, title: film.title, priceMinor: film.basePriceMinor },
    ...applied.map(([source, row]) => coefficientFactor(source, row)),
    { kind: 'rounding', exactMinor: formatDecimal(normalizeDecimal(exact)), roundedMinor: listUnitMinor },
  ];
  const contract = findContractPrice(
    context.contract,
    { serviceId: event.serviceId, eventId: event.id, zoneId: zone.id },
    film.currency,
    lineField(lineIndex, 'zoneId'),
  );
  const { unitPriceMinor, factors } = applyContractPrice(listUnitMinor, listFactors, contract);
  return buildPricedLine({
    kind: 'cinema',
    currency: film.currency,
    unitPriceMinor,
    quantity,
    amountMinor: multiplyMinor(unitPriceMinor, quantity),
    factors,
    inputs: [
      inputRef('event', event),
      inputRef('film', film),
      inputRef('hall', hall),
      inputRef('zone', zone),
      ...hall.types.map((type) => inputRef('hall_type', type)),
      ...event.sessionTypes.map((type) => inputRef('session_type', type)),
      ...(contract ? [inputRef('contract', contract.contract)] : []),
    ],
    choice: { eventId: event.id, zoneId: zone.id, seatIds: [...seatIds], quantity },
    now: context.now,
  });
}
