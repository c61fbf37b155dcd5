import type { ServiceDetail } from '../../endpoints/catalog.ts';

// The five services of seed 002 as the demo museum offers them (src/contexts/catalog/demo/seed-museum.ts),
// in the shape GET /api/services/:id answers.

const ids = {
  main: '00000000-0000-4000-8000-000000000001',
  gallery: '00000000-0000-4000-8000-000000000002',
  manor: '00000000-0000-4000-8000-000000000003',
  arctic: '00000000-0000-4000-8000-000000000004',
  adult: '00000000-0000-4000-8000-0000000000a1',
  child: '00000000-0000-4000-8000-0000000000a2',
  student: '00000000-0000-4000-8000-0000000000a3',
  group: '00000000-0000-4000-8000-0000000000a5',
};
export const museumIds = ids;

const noFlags = {
  isDisableEditVisitObject: false, isVisitObjectUseForCost: false, isDisableEditVisitor: false, isCategoryVisitorUseForCost: false,
  isVisitorCountUseForCost: false, isUseOneCategory: false, isNeedVisitDate: false, isNeedVisitTime: false,
};

function service(id: string, name: string, flags: Partial<ServiceDetail['flags']>, more: Partial<ServiceDetail>): ServiceDetail {
  return {
    id, venueId: '00000000-0000-4000-8000-0000000000ff', kind: 'excursion', name, nameEn: null, description: '', isEditable: true, isActive: true,
    baseCostMinor: 40_000, currency: 'RUB', salesOpenAt: null, salesCloseAt: null, flags: { ...noFlags, ...flags },
    dateRules: { activeKindId: 1, activeDays: 30, dtBegin: null, dtEnd: null }, stock: null, stockLeft: null, passVisits: null, passDays: null,
    groupMin: null, groupMax: null, visitObjects: [], visitorCategories: [], prices: [], events: [], ...more,
  };
}

const object = (id: string, name: string, isRequire: boolean) => ({ id, name, nameEn: null, description: '', isRequire });
const category = (id: string, code: string, name: string, requireVisitorCount: number | null = null) => ({ id, code, name, nameEn: null, requireVisitorCount });

/** 1. Fixed objects: the route is the two required objects, priced per object and visitor. */
export const fixedRoute = service('00000000-0000-4000-8000-000000000101', 'Экскурсия по основной экспозиции', {
  isDisableEditVisitObject: true, isVisitObjectUseForCost: true, isVisitorCountUseForCost: true,
}, { visitObjects: [object(ids.main, 'Основная экспозиция', true), object(ids.gallery, 'Картинная галерея', true)] });

/** 2. Free choice of objects, priced object × category. */
export const freeVisit = service('00000000-0000-4000-8000-000000000102', 'Свободное посещение музея', {
  isVisitObjectUseForCost: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true,
}, {
  kind: 'museum_visit', dateRules: { activeKindId: 2, activeDays: 90, dtBegin: null, dtEnd: null },
  visitObjects: [object(ids.main, 'Основная экспозиция', false), object(ids.gallery, 'Картинная галерея', false), object(ids.manor, 'Усадьба', false)],
  visitorCategories: [category(ids.adult, 'adult', 'Взрослый'), category(ids.child, 'child', 'Детский'), category(ids.student, 'student', 'Студенческий')],
});

/** 3. A group of exactly ten: category and count fixed. */
export const groupTour = service('00000000-0000-4000-8000-000000000103', 'Групповая экскурсия', {
  isDisableEditVisitor: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true,
}, { visitorCategories: [category(ids.group, 'group', 'Группа', 10)] });

/** 4. One category per line, price by category whatever the count. */
export const singleVisit = service('00000000-0000-4000-8000-000000000104', 'Индивидуальное посещение', {
  isCategoryVisitorUseForCost: true, isUseOneCategory: true,
}, { kind: 'museum_visit', visitorCategories: [category(ids.adult, 'adult', 'Взрослый'), category(ids.child, 'child', 'Детский')] });

/** 5. Date and time required, within a window (ActiveKindId 3). */
export const themedTour = (dtBegin: string, dtEnd: string) =>
  service('00000000-0000-4000-8000-000000000105', 'Тематическая экскурсия', {
    isDisableEditVisitObject: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true, isNeedVisitDate: true, isNeedVisitTime: true,
  }, {
    dateRules: { activeKindId: 3, activeDays: null, dtBegin, dtEnd },
    visitObjects: [object(ids.arctic, 'Полярные экспедиции', true)],
    visitorCategories: [category(ids.adult, 'adult', 'Взрослый'), category(ids.child, 'child', 'Детский')],
  });
