import { describe, expect, it } from 'vitest';
import { assembleLineInput } from './assemble-line-input.ts';
import { priceQuote } from './rules/index.ts';
import { expectRefusal } from './rules/testing/expect-refusal.ts';
import { concertEvent, ids, NOW, quoteFacts, seatId, service } from './testing/quote-facts-fixtures.ts';

const facts = quoteFacts();
const price = (line: Parameters<typeof assembleLineInput>[0]) =>
  priceQuote([assembleLineInput(line, 0, facts).input], { now: NOW }).lines[0];

describe('assembling a request line from catalog facts', () => {
  it('prices a cinema seat from the zone of its seats: base x hall types x zone x session type, rounded once', () => {
    const line = assembleLineInput({ eventId: ids.cinemaEvent, seatIds: [seatId(1), seatId(2)] }, 0, facts);
    expect(line.input.kind).toBe('cinema');
    expect(line.description).toBe('Дюна, вечерний сеанс, 2026-07-01 19:00 — VIP-зона: ряд 1 место 1, ряд 1 место 2');
    expect(line.inventory).toEqual({ kind: 'seats', eventIds: [ids.cinemaEvent], seatIds: [seatId(1), seatId(2)] });
    // 400.00 x 1.3 x 1.5 x 1.4 x 1.2 = 1310.40
    expect(price({ eventId: ids.cinemaEvent, seatIds: [seatId(1), seatId(2)] })).toMatchObject({ unitPriceMinor: 131_040, amountMinor: 262_080 });
  });

  it('refuses seats of two zones in one line, naming the seats', () => {
    expectRefusal(() => assembleLineInput({ eventId: ids.cinemaEvent, seatIds: [seatId(1), seatId(5)] }, 2, facts), 'seats_in_several_zones', 'lines.2.seatIds');
  });

  it('refuses a seat of another hall through the rules, naming that seat', () => {
    expectRefusal(() => price({ eventId: ids.cinemaEvent, seatIds: [seatId(1), seatId(7)] }), 'seat_not_in_event', 'lines.0.seatIds.1');
    expectRefusal(() => assembleLineInput({ eventId: ids.cinemaEvent, seatIds: [seatId(7)] }, 0, facts), 'seat_not_in_event', 'lines.0.seatIds.0');
  });

  it('sells only the zones an event has a price for', () => {
    expect(price({ eventId: ids.concert, zoneId: ids.floor, quantity: 3 })).toMatchObject({ kind: 'zone_price', unitPriceMinor: 350_000, amountMinor: 1_050_000 });
    expectRefusal(() => price({ eventId: ids.concert, zoneId: ids.vipZone, quantity: 1 }), 'zone_not_in_event', 'lines.0.zoneId');
    const closed = quoteFacts({ events: [{ ...concertEvent(), zones: concertEvent().zones.map((zone) => ({ ...zone, priceMinor: zone.id === ids.sectorA ? null : zone.priceMinor })) }] });
    expectRefusal(() => assembleLineInput({ eventId: ids.concert, seatIds: [seatId(7)] }, 0, closed), 'zone_not_in_event', 'lines.0.seatIds.0');
  });

  it('answers 404 for an unknown event or service, naming the id', () => {
    expectRefusal(() => assembleLineInput({ eventId: seatId(99), seatIds: [seatId(1)] }, 1, facts), 'event_not_found', 'lines.1.eventId', 404);
    expectRefusal(() => assembleLineInput({ serviceId: seatId(99), quantity: 1 }, 0, facts), 'service_not_found', 'lines.0.serviceId', 404);
  });

  it('refuses a member the service has no use for instead of dropping it', () => {
    expectRefusal(() => assembleLineInput({ serviceId: ids.pass, quantity: 1, seatIds: [seatId(7)] }, 0, facts), 'field_not_applicable', 'lines.0.seatIds');
    expectRefusal(() => assembleLineInput({ serviceId: ids.pass, quantity: 1, visitDate: '2026-07-02' }, 0, facts), 'field_not_applicable', 'lines.0.visitDate');
  });

  it('prices a season ticket by its own cost for the same seat in every event', () => {
    const season = service({
      id: ids.season, kind: 'season_ticket', name: 'Абонемент', baseCostMinor: 1_200_000, passVisits: null,
      events: [{ id: ids.concert, hallId: ids.arena, status: 'scheduled' }], packageZoneIds: [ids.sectorA], packageSeated: true,
    });
    const withSeason = quoteFacts({ services: [season] });
    const line = assembleLineInput({ serviceId: ids.season, seatIds: [seatId(7), seatId(8)] }, 0, withSeason);
    expect(line.inventory).toEqual({ kind: 'seats', eventIds: [ids.concert], seatIds: [seatId(7), seatId(8)] });
    expect(priceQuote([line.input], { now: NOW })).toMatchObject({ totalMinor: 2_400_000 });
    expectRefusal(
      () => priceQuote([assembleLineInput({ serviceId: ids.season, seatIds: [seatId(1)] }, 0, withSeason).input], { now: NOW }),
      'seat_not_in_event',
      'lines.0.seatIds.0',
    );
  });

  it('asks a simple service for its quantity rather than assuming one', () => {
    expect(price({ serviceId: ids.pass, quantity: 2 })).toMatchObject({ kind: 'simple', amountMinor: 1_000_000 });
    expectRefusal(() => price({ serviceId: ids.pass }), 'quantity_invalid', 'lines.0.quantity');
  });
});
