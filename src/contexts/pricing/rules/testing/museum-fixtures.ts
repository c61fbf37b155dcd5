import type { MuseumFlags, MuseumLineInput, MuseumServiceFacts, VisitRules } from '../types.ts';

export const NO_FLAGS: MuseumFlags = {
  isDisableEditVisitObject: false,
  isVisitObjectUseForCost: false,
  isDisableEditVisitor: false,
  isCategoryVisitorUseForCost: false,
  isVisitorCountUseForCost: false,
  isUseOneCategory: false,
};

export const OPEN_DATES: VisitRules = {
  activeKindId: 1,
  activeDays: 30,
  isNeedVisitDate: false,
  isNeedVisitTime: false,
  venueTimeZone: 'Europe/Moscow',
};

/**
 * A museum whose price table exercises every level of price(object, category):
 * o1+adult 600, o1 alone 500, o2+adult 700, o2+child 250, o3 alone 300,
 * child alone 200, the service row 450; base cost 1000 when no row matches.
 */
export function museumService(
  overrides: Omit<Partial<MuseumServiceFacts>, 'flags' | 'visitRules'> & {
    flags?: Partial<MuseumFlags>;
    visitRules?: Partial<VisitRules>;
  } = {},
): MuseumServiceFacts {
  const { flags, visitRules, ...rest } = overrides;
  return {
    id: 'svc-museum',
    version: 12,
    name: 'Посещение музея',
    baseCostMinor: 100_000,
    currency: 'RUB',
    visitObjects: [
      { id: 'o1', name: 'Основная экспозиция', isRequire: false },
      { id: 'o2', name: 'Сокровищница', isRequire: false },
      { id: 'o3', name: 'Выставка импрессионистов', isRequire: false },
    ],
    visitorCategories: [
      { id: 'adult', name: 'Взрослый', requireVisitorCount: null },
      { id: 'child', name: 'Детский', requireVisitorCount: null },
      { id: 'student', name: 'Студенческий', requireVisitorCount: null },
    ],
    priceRows: [
      { id: 'r-o1-adult', visitObjectId: 'o1', visitorCategoryId: 'adult', priceMinor: 60_000 },
      { id: 'r-o1', visitObjectId: 'o1', visitorCategoryId: null, priceMinor: 50_000 },
      { id: 'r-o2-adult', visitObjectId: 'o2', visitorCategoryId: 'adult', priceMinor: 70_000 },
      { id: 'r-o2-child', visitObjectId: 'o2', visitorCategoryId: 'child', priceMinor: 25_000 },
      { id: 'r-o3', visitObjectId: 'o3', visitorCategoryId: null, priceMinor: 30_000 },
      { id: 'r-child', visitObjectId: null, visitorCategoryId: 'child', priceMinor: 20_000 },
      { id: 'r-service', visitObjectId: null, visitorCategoryId: null, priceMinor: 45_000 },
    ],
    ...rest,
    flags: { ...NO_FLAGS, ...flags },
    visitRules: { ...OPEN_DATES, ...visitRules },
  };
}

export const museumLine = (service: MuseumServiceFacts, choice: MuseumLineInput['choice'] = {}): MuseumLineInput => ({
  kind: 'museum',
  service,
  choice,
});
