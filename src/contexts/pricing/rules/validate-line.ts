import type { Validity } from './priced-line.ts';
import type { LineInput, PricingContext } from './types.ts';
import { validateEventLine } from './validate-event-line.ts';
import { validateMuseumLine } from './validate-museum-line.ts';
import { validatePackageLine } from './validate-package-line.ts';
import { validateSimpleLine } from './validate-simple-line.ts';

/**
 * Checks one line without pricing it (the price functions run the same checks
 * first). Throws the first broken rule as a 422 AppError naming the field at
 * fault; returns the ticket's validity for services with date rules.
 */
export function validateLine(line: LineInput, context: PricingContext, lineIndex: number): Validity | null {
  switch (line.kind) {
    case 'cinema':
      validateEventLine(line.event, line.choice, context.now, lineIndex);
      return null;
    case 'zone_price':
      validateEventLine(line.event, line.choice, context.now, lineIndex);
      return null;
    case 'package':
      validatePackageLine(line, context.now, lineIndex);
      return null;
    case 'simple':
      return validateSimpleLine(line, context.now, lineIndex)?.validity ?? null;
    case 'museum':
      return validateMuseumLine(line, context.now, lineIndex).validity;
    default:
      return unknownKind(line);
  }
}

function unknownKind(line: never): never {
  throw new Error(`unknown line kind ${(line as { kind: string }).kind}`);
}
