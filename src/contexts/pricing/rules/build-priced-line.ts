import type { CurrencyCode } from '../../../shared/money.ts';
import type { Factor, InputRef, PricedLine, Validity, VisitSlot } from './priced-line.ts';
import type { CatalogRow, LineKind } from './types.ts';

export type PricedLineParts = {
  readonly kind: LineKind;
  readonly currency: CurrencyCode;
  readonly unitPriceMinor: number | null;
  readonly quantity: number;
  readonly amountMinor: number;
  readonly factors: readonly Factor[];
  readonly inputs: readonly InputRef[];
  readonly choice: Readonly<Record<string, unknown>>;
  readonly validity?: Validity | null;
  readonly visit?: VisitSlot | null;
  readonly now: Date;
};

/** Cites a catalog row in the snapshot, with the edition that was read. */
export function inputRef(entity: string, row: CatalogRow): InputRef {
  return { entity, id: row.id, version: row.version ?? null };
}

/**
 * Assembles the answer and its frozen snapshot from the same values, so what a
 * ticket stores is by construction what the client was shown.
 */
export function buildPricedLine(parts: PricedLineParts): PricedLine {
  const validity = parts.validity ?? null;
  return {
    kind: parts.kind,
    unitPriceMinor: parts.unitPriceMinor,
    quantity: parts.quantity,
    amountMinor: parts.amountMinor,
    currency: parts.currency,
    factors: parts.factors,
    validity,
    snapshot: {
      schema: 'price-snapshot/1',
      kind: parts.kind,
      currency: parts.currency,
      unitPriceMinor: parts.unitPriceMinor,
      quantity: parts.quantity,
      amountMinor: parts.amountMinor,
      factors: parts.factors,
      inputs: parts.inputs,
      choice: parts.choice,
      validity,
      visit: parts.visit ?? null,
      pricedAt: parts.now.toISOString(),
    },
  };
}
