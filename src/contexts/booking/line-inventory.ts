// What a priced line takes from inventory, read from the line's frozen price snapshot
// (pricing writes the choice it priced there: event, zone, seats, a package's events).
// Pure, so the hold, the adjustment and the ticket plan all read a line the same way.

/** The part of pricing's priced line (and of its snapshot) that booking relies on. */
export interface PricedLineData {
  kind: 'cinema' | 'zone_price' | 'package' | 'simple' | 'museum';
  unitPriceMinor: number | null;
  quantity: number;
  amountMinor: number;
  currency: string;
  factors: readonly { kind: string }[];
  snapshot: {
    choice: Readonly<Record<string, unknown>>;
    inputs: readonly { entity: string; id: string }[];
    [member: string]: unknown;
  };
  /** Pricing's word on what the line must claim (absent on lines priced before it said so). */
  inventory?: InventoryNeed;
  [member: string]: unknown;
}

/** Pricing's InventoryNeed, as stored with the line. */
export type InventoryNeed =
  | { readonly kind: 'seats'; readonly eventIds: readonly string[]; readonly seatIds: readonly string[] }
  | { readonly kind: 'places'; readonly eventIds: readonly string[]; readonly zoneId: string | null; readonly quantity: number }
  | { readonly kind: 'units'; readonly serviceId: string; readonly quantity: number }
  | { readonly kind: 'none' };

export type LineInventory =
  /** Numbered seats: one item per event (a bundle or season ticket lists each of its events). */
  | { kind: 'seats'; items: { eventId: string; seatIds: string[] }[] }
  /** Places in a general-admission zone of one event. */
  | { kind: 'places'; eventId: string; zoneId: string; quantity: number }
  /** Units of an add-on good; a good without counted stock turns out to need none. */
  | { kind: 'units'; serviceId: string; quantity: number }
  /** A visit, pass or service that nothing limits. */
  | { kind: 'none' }
  /** Needs inventory that cannot be held automatically (a general-admission package names no zone). */
  | { kind: 'unholdable'; reason: string };

export interface LineTarget {
  eventId: string | null;
  serviceId: string | null;
  zoneId: string | null;
  seatIds: string[];
  /** The events the line admits to: its event, or each event of a package. */
  eventIds: string[];
  inventory: LineInventory;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Reads what the line is for and what it must hold. */
export function lineTarget(line: PricedLineData): LineTarget {
  const choice = line.snapshot.choice;
  const eventId = text(choice.eventId);
  const serviceId = text(choice.serviceId);
  const zoneId = text(choice.zoneId);
  const seatIds = texts(choice.seatIds);
  if (line.inventory) {
    const eventIds = eventId ? [eventId] : texts(choice.eventIds);
    return { eventId, serviceId, zoneId, seatIds, eventIds, inventory: fromNeed(line.inventory) };
  }
  switch (line.kind) {
    case 'cinema':
    case 'zone_price': {
      if (!eventId) throw new Error('an event line without an event in its snapshot');
      const inventory: LineInventory =
        seatIds.length > 0
          ? { kind: 'seats', items: [{ eventId, seatIds }] }
          : zoneId
            ? { kind: 'places', eventId, zoneId, quantity: line.quantity }
            : { kind: 'unholdable', reason: 'no_zone' };
      return { eventId, serviceId, zoneId, seatIds, eventIds: [eventId], inventory };
    }
    case 'package': {
      const eventIds = texts(choice.eventIds);
      const inventory: LineInventory =
        seatIds.length > 0
          ? { kind: 'seats', items: eventIds.map((id) => ({ eventId: id, seatIds })) }
          : { kind: 'unholdable', reason: 'package_places_need_a_zone' };
      return { eventId: null, serviceId, zoneId, seatIds, eventIds, inventory };
    }
    case 'simple': {
      const isGood = line.snapshot.inputs[0]?.entity === 'add_on_good';
      const inventory: LineInventory = isGood && serviceId ? { kind: 'units', serviceId, quantity: line.quantity } : { kind: 'none' };
      return { eventId: null, serviceId, zoneId: null, seatIds: [], eventIds: [], inventory };
    }
    case 'museum':
      return { eventId: null, serviceId, zoneId: null, seatIds: [], eventIds: [], inventory: { kind: 'none' } };
  }
}

/** How many sellable units the line takes (seats count once per seat, whatever the events). */
export function lineUnitCount(target: LineTarget, quantity: number): number {
  switch (target.inventory.kind) {
    case 'seats':
      return target.seatIds.length;
    case 'places':
    case 'units':
      return target.inventory.quantity;
    case 'none':
    case 'unholdable':
      return quantity;
  }
}

function fromNeed(need: InventoryNeed): LineInventory {
  switch (need.kind) {
    case 'seats':
      return { kind: 'seats', items: need.eventIds.map((eventId) => ({ eventId, seatIds: [...need.seatIds] })) };
    case 'places': {
      const [eventId, ...others] = need.eventIds;
      // Places of a package in several events, or in any zone, are left to an operator.
      if (!eventId || others.length > 0 || !need.zoneId) return { kind: 'unholdable', reason: 'package_places' };
      return { kind: 'places', eventId, zoneId: need.zoneId, quantity: need.quantity };
    }
    case 'units':
      return { kind: 'units', serviceId: need.serviceId, quantity: need.quantity };
    case 'none':
      return { kind: 'none' };
  }
}
