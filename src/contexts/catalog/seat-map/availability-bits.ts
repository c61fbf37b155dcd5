/**
 * The availability bitset of the contract: bit (7 − k mod 8) of byte ⌊k / 8⌋ is
 * ordinal k, 1 = free. Pure helpers, so the seat map and its tests share them.
 */

/** A run of consecutive ordinals: the seats of one zone are a few of these. */
export interface OrdinalRange {
  first: number;
  count: number;
}

export function emptyBits(ordinalCount: number): Uint8Array {
  return new Uint8Array(Math.ceil(ordinalCount / 8));
}

export function setRange(bits: Uint8Array, range: OrdinalRange, free: boolean): void {
  for (let k = range.first; k < range.first + range.count; k += 1) {
    const mask = 1 << (7 - (k & 7));
    bits[k >> 3] = free ? bits[k >> 3]! | mask : bits[k >> 3]! & ~mask;
  }
}

export function clearOrdinals(bits: Uint8Array, ordinals: Iterable<number>): void {
  for (const k of ordinals) {
    if (k >> 3 < bits.length) bits[k >> 3] = bits[k >> 3]! & ~(1 << (7 - (k & 7)));
  }
}

export function countFree(bits: Uint8Array, range: OrdinalRange): number {
  let free = 0;
  for (let k = range.first; k < range.first + range.count; k += 1) free += (bits[k >> 3]! >> (7 - (k & 7))) & 1;
  return free;
}

export function toBase64(bits: Uint8Array): string {
  return Buffer.from(bits.buffer, bits.byteOffset, bits.byteLength).toString('base64');
}
