import { describe, expect, it } from 'vitest';
import { priceLine } from './price-line.ts';
import { cinemaLine, contract, NOW, packageLine, simpleLine, stadiumLine, VIP_HALL_TYPE } from './testing/catalog-fixtures.ts';
import { expectRefusal } from './testing/expect-refusal.ts';
import { museumLine, museumService } from './testing/museum-fixtures.ts';

const sector = stadiumLine({ zoneId: 'z-sector-a', seatIds: ['a-1', 'a-2'] });
const floor = stadiumLine({ zoneId: 'z-dance', quantity: 1 });

describe('a corporate contract price wins over the list price', () => {
  const all = contract([
    { serviceId: 'svc-concert-ticket', priceMinor: 200_000 },
    { eventId: 'ev-concert', priceMinor: 180_000 },
    { eventId: 'ev-concert', zoneId: 'z-dance', priceMinor: 300_000 },
  ]);

  it('the event + zone price beats the event and service prices', () => {
    const priced = priceLine(floor, { now: NOW, contract: all });
    expect(priced).toMatchObject({ unitPriceMinor: 300_000, amountMinor: 300_000 });
    expect(priced.factors).toEqual([
      { kind: 'zone_price', zoneId: 'z-dance', zoneName: 'Танцпол', priceMinor: 350_000 },
      { kind: 'contract', contractId: 'ctr-1', contractNumber: 'Д-2025/017', scope: 'event_zone', priceMinor: 300_000, listPriceMinor: 350_000 },
    ]);
  });

  it('the event price beats the service price in a zone without its own', () => {
    const priced = priceLine(sector, { now: NOW, contract: all });
    expect(priced).toMatchObject({ unitPriceMinor: 180_000, quantity: 2, amountMinor: 360_000 });
    expect(priced.factors.at(-1)).toMatchObject({ scope: 'event', listPriceMinor: 250_000 });
    expect(priced.snapshot.inputs).toContainEqual({ entity: 'contract', id: 'ctr-1', version: 5 });
  });

  it('the service price applies to any event of the service', () => {
    const serviceOnly = contract([{ serviceId: 'svc-concert-ticket', priceMinor: 200_000 }]);
    expect(priceLine(sector, { now: NOW, contract: serviceOnly }).unitPriceMinor).toBe(200_000);
  });

  it('a price for another event or another zone does not apply', () => {
    const elsewhere = contract([
      { eventId: 'ev-other', priceMinor: 1 },
      { eventId: 'ev-concert', zoneId: 'z-dance', priceMinor: 2 },
    ]);
    const priced = priceLine(sector, { now: NOW, contract: elsewhere });
    expect(priced.unitPriceMinor).toBe(250_000);
    expect(priced.factors.some((factor) => factor.kind === 'contract')).toBe(false);
  });

  it('replaces the cinema price computed from coefficients, keeping that price on record', () => {
    const cinemaContract = contract([{ eventId: 'ev-dune', priceMinor: 50_000 }]);
    const priced = priceLine(cinemaLine({ hallTypes: [VIP_HALL_TYPE], seatIds: ['s-1', 's-2'] }), { now: NOW, contract: cinemaContract });
    expect(priced).toMatchObject({ unitPriceMinor: 50_000, amountMinor: 100_000 });
    expect(priced.factors.at(-1)).toMatchObject({ kind: 'contract', scope: 'event', listPriceMinor: 72_000 });
  });

  it('applies to bundles, season tickets and simple services by service', () => {
    const byService = contract([
      { serviceId: 'svc-bundle', priceMinor: 800_000 },
      { serviceId: 'svc-audio-guide', priceMinor: 25_000 },
    ]);
    expect(priceLine(packageLine('bundle', { seatIds: ['a-1'] }), { now: NOW, contract: byService }).amountMinor).toBe(800_000);
    expect(priceLine(packageLine('season_ticket', { seatIds: ['a-1'] }), { now: NOW, contract: byService }).amountMinor).toBe(2_500_000);
    expect(priceLine(simpleLine(4), { now: NOW, contract: byService }).amountMinor).toBe(100_000);
  });

  it('replaces price(object, category) in every museum cell; counts still multiply', () => {
    const service = museumService({ flags: { isVisitObjectUseForCost: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true } });
    const choice = { visitObjectIds: ['o1', 'o2'], visitors: [{ categoryId: 'adult', count: 2 }, { categoryId: 'child', count: 1 }] };
    const priced = priceLine(museumLine(service, choice), { now: NOW, contract: contract([{ serviceId: 'svc-museum', priceMinor: 10_000 }]) });
    expect(priced.amountMinor).toBe(2 * (2 * 10_000 + 1 * 10_000));
    expect(priced.factors[0]).toMatchObject({ kind: 'contract', scope: 'service', priceMinor: 10_000, listPriceMinor: null });
    expect(priced.factors.filter((factor) => factor.kind === 'museum_cell').every((cell) => cell.priceSource === 'contract')).toBe(true);
  });

  it('refuses a contract in another currency', () => {
    const euros = { ...contract([{ serviceId: 'svc-audio-guide', priceMinor: 500 }]), currency: 'EUR' };
    expectRefusal(() => priceLine(simpleLine(1), { now: NOW, contract: euros }), 'currency_mismatch', 'lines.0.serviceId');
  });
});
