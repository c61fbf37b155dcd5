import { lineField } from './refuse.ts';
import type { MuseumLineInput, VisitObjectFacts } from './types.ts';
import { validateSalesWindow } from './validate-sales-window.ts';
import { type ValidVisit, validateVisitDate } from './validate-visit-date.ts';
import { type ChosenVisitors, validateVisitors } from './validate-visitors.ts';
import { validateVisitObjects } from './validate-visit-objects.ts';

export type ValidMuseumLine = ValidVisit & {
  readonly visitObjects: readonly VisitObjectFacts[];
  readonly visitors: ChosenVisitors;
};

/**
 * Every seed 002 flag of a museum-like line, before any price: sales window,
 * visit objects, visitors, then date and time. The first broken rule is reported,
 * named as the seed names it.
 */
export function validateMuseumLine(line: MuseumLineInput, now: Date, lineIndex: number): ValidMuseumLine {
  const { service, choice } = line;
  validateSalesWindow(service, now, lineField(lineIndex, 'serviceId'));
  const visitObjects = validateVisitObjects(service, choice.visitObjectIds, lineIndex);
  const visitors = validateVisitors(service, choice, lineIndex);
  const visit = validateVisitDate(service.visitRules, choice, now, lineIndex);
  return { ...visit, visitObjects, visitors };
}
