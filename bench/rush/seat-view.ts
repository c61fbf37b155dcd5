import type { Stadium } from './stadium.ts';

// The load generator's view of the stadium: which seats are known to be taken (from its
// own 201s, the 409s' takenSeats and the live availability), and how clients choose:
// most aim at the best sectors while they have seats, the rest anywhere; each asks for
// 1 to 4 adjacent seats of one row. Clients choose independently, so two requests in
// flight may want the same seat: the loser's 409 is part of a rush.

export class SeatView {
  readonly taken: Uint8Array;
  free: number;

  constructor(
    readonly stadium: Stadium,
    private readonly best: readonly number[],
    private readonly bestShare: number,
  ) {
    this.taken = new Uint8Array(stadium.zoneOf.length);
    this.free = stadium.seatCount;
  }

  markTaken(ordinal: number): void {
    const z = this.stadium.zoneOf[ordinal] ?? -1;
    if (z < 0 || this.taken[ordinal]) return;
    this.taken[ordinal] = 1;
    this.stadium.zones[z]!.free -= 1;
    this.free -= 1;
  }

  /** Marks taken every seat the availability bitset shows as not free. */
  mergeAvailability(bits: Uint8Array): void {
    for (let ordinal = 0; ordinal < this.taken.length; ordinal += 1) {
      if (((bits[ordinal >> 3] ?? 0) >> (7 - (ordinal & 7))) & 1) continue;
      this.markTaken(ordinal);
    }
  }

  /** A client's choice: 1 to 4 adjacent free seats of one row, or null when nothing is free. */
  pick(): number[] | null {
    if (this.free === 0) return null;
    const zone = this.chooseZone();
    const ordinals = this.stadium.zones[zone]!.ordinals;
    let at = Math.floor(Math.random() * ordinals.length);
    while (this.taken[ordinals[at]!]) at = (at + 1) % ordinals.length;
    const first = ordinals[at]!;
    const want = 1 + Math.floor(Math.random() * 4);
    const seats = [first];
    const sameRow = (o: number) => this.stadium.rowOf[o] === this.stadium.rowOf[first] && !this.taken[o];
    for (let o = first + 1; seats.length < want && o < this.taken.length && sameRow(o); o += 1) seats.push(o);
    for (let o = first - 1; seats.length < want && o >= 0 && sameRow(o); o -= 1) seats.unshift(o);
    return seats;
  }

  private chooseZone(): number {
    const zones = this.stadium.zones;
    const bestOpen = this.best.filter((z) => zones[z]!.free > 0);
    const candidates = bestOpen.length > 0 && Math.random() < this.bestShare ? bestOpen : zones.map((_, z) => z);
    let total = 0;
    for (const z of candidates) total += zones[z]!.free;
    let ticket = Math.random() * total;
    for (const z of candidates) {
      ticket -= zones[z]!.free;
      if (ticket < 0) return z;
    }
    return candidates.find((z) => zones[z]!.free > 0)!;
  }
}

export function decodeBits(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
