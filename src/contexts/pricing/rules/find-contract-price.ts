import { assertMinorUnits, assertSameCurrency, type CurrencyCode } from '../../../shared/money.ts';
import type { ContractScope } from './priced-line.ts';
import type { ContractFacts, ContractPrice, Id } from './types.ts';

export type ContractMatch = {
  readonly contract: ContractFacts;
  readonly scope: ContractScope;
  readonly priceMinor: number;
};

export type ContractTarget = {
  readonly serviceId: Id | null;
  readonly eventId?: Id | null;
  readonly zoneId?: Id | null;
};

const isSet = (id: Id | null | undefined): id is Id => id !== null && id !== undefined;

/**
 * The contract's special price for what a line sells, or null. The most specific
 * row wins: event + zone, then event (any zone), then service (any event). A row
 * naming a zone only applies to that event zone; a row that names an event does not
 * apply to another event of the same service.
 */
export function findContractPrice(
  contract: ContractFacts | null | undefined,
  target: ContractTarget,
  currency: CurrencyCode,
  field: string,
): ContractMatch | null {
  if (!contract) return null;
  const matches = (scope: ContractScope) => (price: ContractPrice): boolean => {
    switch (scope) {
      case 'event_zone':
        return isSet(target.eventId) && isSet(target.zoneId) && price.eventId === target.eventId && price.zoneId === target.zoneId;
      case 'event':
        return isSet(target.eventId) && price.eventId === target.eventId && !isSet(price.zoneId);
      case 'service':
        return isSet(target.serviceId) && price.serviceId === target.serviceId && !isSet(price.eventId) && !isSet(price.zoneId);
    }
  };
  for (const scope of ['event_zone', 'event', 'service'] as const) {
    const price = contract.prices.find(matches(scope));
    if (price) {
      assertSameCurrency(currency, contract.currency, field);
      return { contract, scope, priceMinor: assertMinorUnits(price.priceMinor, `contract ${contract.number} price`) };
    }
  }
  return null;
}
