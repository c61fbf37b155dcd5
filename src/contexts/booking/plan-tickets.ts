import type { LineTarget, PricedLineData } from './line-inventory.ts';

// Which tickets an order gets: one per seat, general-admission place and add-on unit,
// one per other service line; each with the price frozen from its line. Pure: the
// caller hands in what the hold has and how to make ids and codes.

export interface TicketLine {
  lineId: string;
  priced: PricedLineData;
  target: LineTarget;
}

/** What the request's hold has, by key: seats (`event:seat` -> zone), places and units by pool. */
export interface HeldUnits {
  seats: ReadonlyMap<string, { zoneId: string | null }>;
  /** `event:zone` -> place numbers. */
  places: ReadonlyMap<string, readonly number[]>;
  /** service id -> unit numbers. */
  units: ReadonlyMap<string, readonly number[]>;
}

export interface PlannedTicket {
  id: string;
  requestLineId: string;
  code: string;
  eventId: string | null;
  serviceId: string | null;
  zoneId: string | null;
  seatId: string | null;
  placeNo: number | null;
  unitNo: number | null;
  priceMinor: number;
  currency: string;
  priceSnapshot: Record<string, unknown>;
}

export interface PlannedAdmission {
  ticketId: string;
  eventId: string | null;
  seatId: string | null;
}

export interface TicketPlan {
  tickets: PlannedTicket[];
  admissions: PlannedAdmission[];
}

export const seatKey = (eventId: string, seatId: string) => `${eventId}:${seatId}`;
export const placeKey = (eventId: string, zoneId: string) => `${eventId}:${zoneId}`;

export class HoldIncompleteError extends Error {}

export function planTickets(lines: readonly TicketLine[], held: HeldUnits, make: { id(): string; code(): string }): TicketPlan {
  const places = new Map([...held.places].map(([key, nos]) => [key, [...nos]]));
  const units = new Map([...held.units].map(([key, nos]) => [key, [...nos]]));
  const plan: TicketPlan = { tickets: [], admissions: [] };
  for (const line of lines) {
    const { priced, target } = line;
    const base = {
      requestLineId: line.lineId,
      eventId: target.eventId,
      serviceId: target.serviceId,
      zoneId: target.zoneId,
      currency: priced.currency,
      priceSnapshot: priced.snapshot as Record<string, unknown>,
    };
    const add = (ticket: Partial<PlannedTicket>, priceMinor: number, admitTo: readonly (string | null)[], seatId: string | null) => {
      const id = make.id();
      plan.tickets.push({ ...base, seatId: null, placeNo: null, unitNo: null, ...ticket, id, code: make.code(), priceMinor });
      for (const eventId of admitTo) plan.admissions.push({ ticketId: id, eventId, seatId });
    };
    const inventory = target.inventory;
    switch (inventory.kind) {
      case 'seats':
        for (const seatId of target.seatIds) {
          const first = inventory.items[0];
          const zone = first ? held.seats.get(seatKey(first.eventId, seatId)) : undefined;
          for (const item of inventory.items) {
            if (!held.seats.has(seatKey(item.eventId, seatId))) throw new HoldIncompleteError(`seat ${seatId} of event ${item.eventId} is not held`);
          }
          add({ seatId, zoneId: target.zoneId ?? zone?.zoneId ?? null }, unitPrice(priced), target.eventIds, seatId);
        }
        break;
      case 'places': {
        const pool = places.get(placeKey(inventory.eventId, inventory.zoneId)) ?? [];
        if (pool.length < inventory.quantity) throw new HoldIncompleteError(`places of zone ${inventory.zoneId} are not held`);
        for (const placeNo of pool.splice(0, inventory.quantity)) add({ placeNo }, unitPrice(priced), target.eventIds, null);
        break;
      }
      case 'units': {
        const pool = units.get(inventory.serviceId) ?? [];
        // A good without counted stock holds nothing: it is sold as one line ticket.
        if (pool.length === 0) {
          add({}, priced.amountMinor, [null], null);
          break;
        }
        if (pool.length < inventory.quantity) throw new HoldIncompleteError(`units of ${inventory.serviceId} are not held`);
        for (const unitNo of pool.splice(0, inventory.quantity)) add({ unitNo }, unitPrice(priced), [null], null);
        break;
      }
      case 'none':
      case 'unholdable': {
        const admitTo = target.eventIds.length > 0 ? target.eventIds : [null];
        add({}, priced.amountMinor, admitTo, null);
        break;
      }
    }
  }
  return plan;
}

/** A per-unit ticket costs the line's unit price; unit x quantity is the line's amount by construction. */
function unitPrice(priced: PricedLineData): number {
  if (priced.unitPriceMinor === null) throw new Error('a line sold per unit has no unit price');
  return priced.unitPriceMinor;
}
