import { isPositiveCount, lineField, refuse } from './refuse.ts';
import type { SimpleLineInput } from './types.ts';
import { validateSalesWindow } from './validate-sales-window.ts';
import { type ValidVisit, validateVisitDate } from './validate-visit-date.ts';

/** A simple service line: on sale now, a positive quantity, and its date flags if it has any. */
export function validateSimpleLine(line: SimpleLineInput, now: Date, lineIndex: number): ValidVisit | null {
  const { service, choice } = line;
  validateSalesWindow(service, now, lineField(lineIndex, 'serviceId'));
  if (!isPositiveCount(choice.quantity)) {
    throw refuse('quantity_invalid', 'quantity must be a whole number of at least 1', lineField(lineIndex, 'quantity'));
  }
  return service.visitRules ? validateVisitDate(service.visitRules, choice, now, lineIndex) : null;
}
