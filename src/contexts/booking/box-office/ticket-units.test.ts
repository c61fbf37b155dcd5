import { describe, expect, it } from 'vitest';
import { saleRounds, type TicketUnitsInput, unitsOfTicket } from './ticket-units.ts';

const none = { eventId: null, serviceId: null, zoneId: null, seatId: null, placeNo: null, unitNo: null, admissionEventIds: [null] };
const ticket = (id: string, more: Partial<TicketUnitsInput>): TicketUnitsInput => ({ ...none, id, ...more });

describe('the inventory rows of a ticket', () => {
  it('a seat: the seat in each event the ticket admits to', () => {
    expect(unitsOfTicket(ticket('t', { eventId: 'e1', seatId: 's', admissionEventIds: ['e1'] }))).toEqual([{ kind: 'seat', eventId: 'e1', seatId: 's' }]);
    expect(unitsOfTicket(ticket('t', { seatId: 's', admissionEventIds: ['e1', 'e2'] }))).toEqual([
      { kind: 'seat', eventId: 'e1', seatId: 's' },
      { kind: 'seat', eventId: 'e2', seatId: 's' },
    ]);
  });

  it('a place on a dance floor, a unit of a good, or nothing for a visit', () => {
    expect(unitsOfTicket(ticket('t', { eventId: 'e', zoneId: 'z', placeNo: 7, admissionEventIds: ['e'] }))).toEqual([{ kind: 'place', eventId: 'e', zoneId: 'z', placeNo: 7 }]);
    expect(unitsOfTicket(ticket('t', { serviceId: 'g', unitNo: 3 }))).toEqual([{ kind: 'unit', serviceId: 'g', unitNo: 3 }]);
    expect(unitsOfTicket(ticket('t', { serviceId: 'museum' }))).toEqual([]);
  });
});

describe('selling in rounds', () => {
  it('puts each ticket at most once in a round, a season ticket over several', () => {
    const rounds = saleRounds([
      ticket('season', { seatId: 's', admissionEventIds: ['e1', 'e2', 'e3'] }),
      ticket('single', { eventId: 'e1', seatId: 'r', admissionEventIds: ['e1'] }),
      ticket('visit', {}),
    ]);
    expect(rounds.map((round) => round.map((sale) => sale.ticketId))).toEqual([['season', 'single'], ['season'], ['season']]);
    expect(rounds[2]?.[0]?.unit).toEqual({ kind: 'seat', eventId: 'e3', seatId: 's' });
  });
});
