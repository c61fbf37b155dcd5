import type { QuoteLineRequest, ServiceLineRequest } from '../../../contexts/pricing/contracts.ts';

// What the basket holds: each item becomes one line of the quote and of the request,
// in the same order, so a refusal naming `lines.N` points back at item N.

export interface ChosenSeat {
  ordinal: number;
  seatId: string;
  row: string;
  label: string;
}

interface EventItemBase {
  key: string;
  eventId: string;
  title: string;
  startsAt: string;
  timeZone: string;
  venueName: string;
  zoneId: string;
  zoneName: string;
  /** The list price shown when chosen; the quote gives the price that counts. */
  unitPriceMinor: number | null;
  currency: string;
}

export type SeatsItem = EventItemBase & { kind: 'seats'; seats: ChosenSeat[] };
export type PlacesItem = EventItemBase & { kind: 'places'; quantity: number };
export interface ServiceItem {
  key: string;
  kind: 'service';
  serviceId: string;
  title: string;
  /** What was chosen, as a person reads it (objects, visitors, date). */
  summary: string;
  line: ServiceLineRequest;
  amountMinor: number | null;
  currency: string;
}

export type BasketItem = SeatsItem | PlacesItem | ServiceItem;

export function lineOf(item: BasketItem): QuoteLineRequest {
  switch (item.kind) {
    case 'seats':
      return { eventId: item.eventId, zoneId: item.zoneId, seatIds: item.seats.map((seat) => seat.seatId) };
    case 'places':
      return { eventId: item.eventId, zoneId: item.zoneId, quantity: item.quantity };
    case 'service':
      return item.line;
  }
}

/** Items of one event and zone merge, so a second pick adds to the first. */
export function addItem(items: readonly BasketItem[], item: BasketItem): BasketItem[] {
  const same = items.find((existing) => existing.kind === item.kind && existing.key === item.key);
  if (!same) return [...items, item];
  return items.map((existing) => {
    if (existing !== same) return existing;
    if (existing.kind === 'seats' && item.kind === 'seats') {
      const known = new Set(existing.seats.map((seat) => seat.seatId));
      return { ...existing, seats: [...existing.seats, ...item.seats.filter((seat) => !known.has(seat.seatId))] };
    }
    if (existing.kind === 'places' && item.kind === 'places') return { ...existing, quantity: existing.quantity + item.quantity };
    return item;
  });
}

/** The key that makes event items of one zone merge; services never merge (each is its own choice). */
export const eventItemKey = (eventId: string, zoneId: string): string => `${eventId}:${zoneId}`;

/** Seats that were taken by someone else, removed from the items that held them. */
export function withoutSeats(items: readonly BasketItem[], seatIds: ReadonlySet<string>): BasketItem[] {
  return items.flatMap((item): BasketItem[] => {
    if (item.kind !== 'seats') return [item];
    const seats = item.seats.filter((seat) => !seatIds.has(seat.seatId));
    return seats.length === 0 ? [] : [{ ...item, seats }];
  });
}

export const itemCount = (items: readonly BasketItem[]): number =>
  items.reduce((sum, item) => sum + (item.kind === 'seats' ? item.seats.length : item.kind === 'places' ? item.quantity : 1), 0);
