import { type LineTarget, lineTarget, type PricedLineData } from '../line-inventory.ts';
import type { NewRequestLine } from '../request-repository.ts';

/** What `request_lines.priced` holds: pricing's priced line, what it reads as, and an operator's price if any. */
export interface StoredPricedLine extends PricedLineData {
  description?: string | null;
  priceOverride?: { unitPriceMinor: number; listUnitPriceMinor: number | null; reason: string } | null;
}

/** The row of a priced line, and what it holds; the zone of a seated line comes from its seats when the choice has none. */
export function newLineRow(
  lineNo: number,
  choice: Record<string, unknown>,
  priced: StoredPricedLine,
  seatZones?: ReadonlyMap<string, string | null>,
): { row: NewRequestLine; target: LineTarget } {
  const target = lineTarget(priced);
  const zones = new Set(target.seatIds.map((seatId) => seatZones?.get(seatId) ?? null));
  const seatZone = zones.size === 1 ? [...zones][0] ?? null : null;
  return {
    target,
    row: {
      lineNo,
      eventId: target.eventId,
      serviceId: target.serviceId,
      zoneId: target.zoneId ?? seatZone,
      seatIds: target.seatIds,
      quantity: priced.quantity,
      choice,
      priced: priced as unknown as Record<string, unknown>,
      amountMinor: priced.amountMinor,
    },
  };
}

/** Pricing's quoted line as stored: without where it stood in the request or the request line itself (that is the choice). */
export function toStoredLine(quoted: { lineIndex: number; request: unknown }): StoredPricedLine {
  const { lineIndex: _index, request: _sent, ...line } = quoted;
  return line as unknown as StoredPricedLine;
}

/** The stored priced line of a row, typed. */
export const storedPriced = (row: { priced: Record<string, unknown> }): StoredPricedLine => row.priced as unknown as StoredPricedLine;

/** Whether the line's price came from a corporate contract (which an operator approves). */
export const hasContractPrice = (priced: PricedLineData): boolean => priced.factors.some((factor) => factor.kind === 'contract');
