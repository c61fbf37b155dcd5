import { firstRepeatIndex, isPositiveCount, lineField, refuse } from './refuse.ts';
import type { MuseumLineInput, MuseumServiceFacts, VisitorCategoryFacts } from './types.ts';

export type ChosenVisitors = {
  readonly categories: readonly { readonly category: VisitorCategoryFacts; readonly count: number }[];
  /** Σ counts, or the bare visitorCount for a service without categories; null when neither was given. */
  readonly totalVisitors: number | null;
};

/**
 * Seed 002's visitor flags. IsDisableEditVisitor: the categories must be exactly
 * those with a RequireVisitorCount (a wrong set is 'IsDisableEditVisitor', a wrong
 * count 'RequireVisitorCount'); as with objects, sending none is refused, not filled
 * in. IsUseOneCategory: at most one category per line. A service priced by category
 * needs categories, and one priced by head count needs a count ('visitors_required').
 */
export function validateVisitors(service: MuseumServiceFacts, choice: MuseumLineInput['choice'], lineIndex: number): ChosenVisitors {
  const field = lineField(lineIndex, 'visitors');
  const chosen = choice.visitors ?? [];
  const repeat = firstRepeatIndex(chosen.map((visitor) => visitor.categoryId));
  if (repeat >= 0) {
    throw refuse('duplicate_visitor_category', `category ${chosen[repeat]?.categoryId} is listed twice`, lineField(lineIndex, 'visitors', repeat, 'categoryId'));
  }
  const categories = chosen.map((visitor, index) => {
    const category = service.visitorCategories.find((candidate) => candidate.id === visitor.categoryId);
    if (!category) {
      throw refuse('unknown_visitor_category', `visitor category ${visitor.categoryId} is not offered by ${service.name}`, lineField(lineIndex, 'visitors', index, 'categoryId'));
    }
    if (!isPositiveCount(visitor.count)) {
      throw refuse('quantity_invalid', 'a visitor count must be a whole number of at least 1', lineField(lineIndex, 'visitors', index, 'count'));
    }
    return { category, count: visitor.count };
  });
  const totalVisitors = countVisitors(categories, choice.visitorCount, lineIndex);
  if (service.flags.isDisableEditVisitor) checkFixedVisitors(service, categories, lineIndex);
  if (service.flags.isUseOneCategory && categories.length > 1) {
    throw refuse('IsUseOneCategory', `${service.name} takes one visitor category per line`, field);
  }
  if (service.flags.isCategoryVisitorUseForCost && categories.length === 0) {
    throw refuse('visitors_required', `${service.name} is priced by visitor category: choose one`, field);
  }
  if (service.flags.isVisitorCountUseForCost && totalVisitors === null) {
    throw refuse('visitors_required', `${service.name} is priced per visitor: give the number of visitors`, field);
  }
  return { categories, totalVisitors };
}

function countVisitors(categories: ChosenVisitors['categories'], visitorCount: number | undefined, lineIndex: number): number | null {
  const field = lineField(lineIndex, 'visitorCount');
  if (visitorCount !== undefined && !isPositiveCount(visitorCount)) {
    throw refuse('quantity_invalid', 'the number of visitors must be a whole number of at least 1', field);
  }
  if (categories.length === 0) return visitorCount ?? null;
  const sum = categories.reduce((total, entry) => total + entry.count, 0);
  if (!Number.isSafeInteger(sum)) throw refuse('quantity_invalid', 'too many visitors', lineField(lineIndex, 'visitors'));
  if (visitorCount !== undefined && visitorCount !== sum) {
    throw refuse('quantity_invalid', `visitorCount ${visitorCount} differs from the ${sum} visitors listed by category`, field);
  }
  return sum;
}

function checkFixedVisitors(service: MuseumServiceFacts, categories: ChosenVisitors['categories'], lineIndex: number): void {
  // A RequireVisitorCount of 0 or null means the category is not part of the fixed set.
  const fixed = service.visitorCategories.filter((category) => (category.requireVisitorCount ?? 0) > 0);
  const fixedText = fixed.map((category) => `${category.name} x ${category.requireVisitorCount}`).join(', ');
  const sameSet =
    categories.length === fixed.length && fixed.every((category) => categories.some((entry) => entry.category.id === category.id));
  if (!sameSet) {
    throw refuse('IsDisableEditVisitor', `${service.name} is sold for exactly: ${fixedText}`, lineField(lineIndex, 'visitors'), {
      requiredVisitors: fixed.map((category) => ({ categoryId: category.id, count: category.requireVisitorCount })),
    });
  }
  for (const [index, entry] of categories.entries()) {
    if (entry.count !== entry.category.requireVisitorCount) {
      throw refuse('RequireVisitorCount', `${entry.category.name} must be ${entry.category.requireVisitorCount} visitors`, lineField(lineIndex, 'visitors', index, 'count'), {
        requiredCount: entry.category.requireVisitorCount,
      });
    }
  }
}
