// The inventory context: what is on sale, one row per sellable unit. The only door other contexts use.
export { createEventInventory, createServiceUnits } from './create-event-inventory.ts';
export { holdSeats, type HoldSeatsInput } from './hold-seats.ts';
export { holdPlaces, type HoldPlacesInput } from './hold-places.ts';
export { holdUnits, type HoldUnitsInput } from './hold-units.ts';
export { extendHold } from './extend-hold.ts';
export { releaseHold } from './release-hold.ts';
export { sellHold, type Sale, type SellHoldInput } from './sell-hold.ts';
export { returnSold, type ReturnedUnit } from './return-sold.ts';
export { expireHolds } from './expire-holds.ts';
export { listHoldUnits, type HoldUnit } from './list-hold-units.ts';
export type { ClaimedSeat } from './claim-repository.ts';
export type { HoldTerms } from './hold-terms.ts';
export type { PlaceRef, SeatRef, ServiceUnitRef, UnitCounts, UnitKind, UnitRef } from './units.ts';
export { eventPlaces, eventSeats, serviceUnits, type UnitStatus } from './tables.ts';
export { readPlaceCounts, readSeatCounts, readTakenSeats, type TakenSeats, type ZoneCounts, type ZoneUnitCount } from './read-availability.ts';
