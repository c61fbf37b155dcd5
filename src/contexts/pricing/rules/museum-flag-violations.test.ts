import { describe, expect, it } from 'vitest';
import { priceQuote } from './price-quote.ts';
import type { MuseumLineInput, MuseumServiceFacts } from './types.ts';
import { validateLine } from './validate-line.ts';
import { NOW, simpleLine } from './testing/catalog-fixtures.ts';
import { expectRefusal } from './testing/expect-refusal.ts';
import { museumLine, museumService } from './testing/museum-fixtures.ts';

const context = { now: NOW };

const fixedObjects = museumService({
  flags: { isDisableEditVisitObject: true, isVisitObjectUseForCost: true },
  visitObjects: [
    { id: 'o1', name: 'Основная экспозиция', isRequire: true },
    { id: 'o2', name: 'Сокровищница', isRequire: true },
    { id: 'o3', name: 'Выставка импрессионистов', isRequire: false },
  ],
});
const requiredFirst = museumService({
  visitObjects: [
    { id: 'o1', name: 'Основная экспозиция', isRequire: true },
    { id: 'o2', name: 'Сокровищница', isRequire: false },
  ],
});
const freeObjects = museumService({ flags: { isVisitObjectUseForCost: true } });
const group = museumService({
  flags: { isDisableEditVisitor: true, isCategoryVisitorUseForCost: true, isVisitorCountUseForCost: true },
  visitorCategories: [
    { id: 'group', name: 'Группа', requireVisitorCount: 10 },
    { id: 'adult', name: 'Взрослый', requireVisitorCount: null },
  ],
});
const oneCategory = museumService({ flags: { isCategoryVisitorUseForCost: true, isUseOneCategory: true } });
const perHead = museumService({ flags: { isVisitorCountUseForCost: true } });
const dated = museumService({
  visitRules: { activeKindId: 3, isNeedVisitDate: true, isNeedVisitTime: true, dtBegin: '2025-06-01T00:00:00', dtEnd: '2025-08-31T23:59:59' },
});
const withDays = (activeKindId: number, activeDays: number | null) => museumService({ visitRules: { activeKindId, activeDays } });
const adults = (count: number) => [{ categoryId: 'adult', count }];
const at = '2025-07-15';

type Case = [string, MuseumServiceFacts, MuseumLineInput['choice'], string, string];

// Each row: what the client sent, and the code and field a person at the box office would be shown.
const cases: Case[] = [
  ['IsDisableEditVisitObject: a fixed object left out', fixedObjects, { visitObjectIds: ['o1'] }, 'IsDisableEditVisitObject', 'visitObjectIds'],
  ['IsDisableEditVisitObject: none sent (not filled in for the client)', fixedObjects, {}, 'IsDisableEditVisitObject', 'visitObjectIds'],
  ['IsDisableEditVisitObject: an optional object added', fixedObjects, { visitObjectIds: ['o1', 'o2', 'o3'] }, 'IsDisableEditVisitObject', 'visitObjectIds'],
  ['IsRequire: a required object missing', requiredFirst, { visitObjectIds: ['o2'] }, 'IsRequire', 'visitObjectIds'],
  ['unknown_visit_object', freeObjects, { visitObjectIds: ['o1', 'o9'] }, 'unknown_visit_object', 'visitObjectIds.1'],
  ['duplicate_visit_object', freeObjects, { visitObjectIds: ['o1', 'o1'] }, 'duplicate_visit_object', 'visitObjectIds.1'],
  ['visit_objects_required: priced by object, none chosen', freeObjects, {}, 'visit_objects_required', 'visitObjectIds'],
  ['IsDisableEditVisitor: no visitors sent', group, {}, 'IsDisableEditVisitor', 'visitors'],
  ['IsDisableEditVisitor: another category', group, { visitors: adults(10) }, 'IsDisableEditVisitor', 'visitors'],
  ['IsDisableEditVisitor: an extra category', group, { visitors: [{ categoryId: 'group', count: 10 }, ...adults(1)] }, 'IsDisableEditVisitor', 'visitors'],
  ['RequireVisitorCount: 9 instead of 10', group, { visitors: [{ categoryId: 'group', count: 9 }] }, 'RequireVisitorCount', 'visitors.0.count'],
  ['IsUseOneCategory: two categories', oneCategory, { visitors: [...adults(1), { categoryId: 'child', count: 1 }] }, 'IsUseOneCategory', 'visitors'],
  ['unknown_visitor_category', oneCategory, { visitors: [{ categoryId: 'vip', count: 1 }] }, 'unknown_visitor_category', 'visitors.0.categoryId'],
  ['duplicate_visitor_category', perHead, { visitors: [...adults(1), ...adults(2)] }, 'duplicate_visitor_category', 'visitors.1.categoryId'],
  ['quantity_invalid: a zero count', oneCategory, { visitors: adults(0) }, 'quantity_invalid', 'visitors.0.count'],
  ['quantity_invalid: visitorCount disagrees', perHead, { visitors: adults(2), visitorCount: 3 }, 'quantity_invalid', 'visitorCount'],
  ['visitors_required: priced by category, none given', oneCategory, {}, 'visitors_required', 'visitors'],
  ['visitors_required: priced per head, no count', perHead, {}, 'visitors_required', 'visitors'],
  ['IsNeedVisitDate', dated, { visitTime: '11:00' }, 'IsNeedVisitDate', 'visitDate'],
  ['IsNeedVisitTime', dated, { visitDate: at }, 'IsNeedVisitTime', 'visitTime'],
  ['ActiveKindId 3: the day after DtEnd', dated, { visitDate: '2025-09-01', visitTime: '10:00' }, 'ActiveKindId', 'visitDate'],
  ['ActiveKindId 1: ActiveDays missing', withDays(1, null), {}, 'ActiveKindId', 'serviceId'],
  ['ActiveKindId 2: ActiveDays zero', withDays(2, 0), {}, 'ActiveKindId', 'serviceId'],
  ['ActiveKindId: an unknown kind', withDays(4, 30), {}, 'ActiveKindId', 'serviceId'],
  ['visit_date_past', perHead, { visitorCount: 1, visitDate: '2025-06-30' }, 'visit_date_past', 'visitDate'],
];

describe('a line that breaks a seed 002 flag is refused, never corrected', () => {
  it.each(cases)('%s', (_, service, choice, code, field) => {
    // As the second line of a quote, so the field shows the line index too.
    expectRefusal(() => priceQuote([simpleLine(1), museumLine(service, choice)], context), code, `lines.1.${field}`);
  });

  it('validates without pricing, with the same refusal', () => {
    expectRefusal(() => validateLine(museumLine(group, { visitors: adults(10) }), context, 3), 'IsDisableEditVisitor', 'lines.3.visitors');
  });

  it('accepts each service when the flags are met', () => {
    const good: [MuseumServiceFacts, MuseumLineInput['choice']][] = [
      [fixedObjects, { visitObjectIds: ['o2', 'o1'] }],
      [requiredFirst, { visitObjectIds: ['o1', 'o2'] }],
      [group, { visitors: [{ categoryId: 'group', count: 10 }] }],
      [oneCategory, { visitors: adults(2) }],
      [perHead, { visitors: adults(2), visitorCount: 2 }],
      [dated, { visitDate: at, visitTime: '10:00' }],
    ];
    for (const [service, choice] of good) expect(() => validateLine(museumLine(service, choice), context, 0)).not.toThrow();
  });

  it('tells the client which objects and counts are fixed', () => {
    const error = expectRefusal(() => priceQuote([museumLine(group, { visitors: adults(10) })], context), 'IsDisableEditVisitor', 'lines.0.visitors');
    expect(error.extra).toEqual({ requiredVisitors: [{ categoryId: 'group', count: 10 }] });
    const objects = expectRefusal(() => priceQuote([museumLine(fixedObjects, {})], context), 'IsDisableEditVisitObject', 'lines.0.visitObjectIds');
    expect(objects.extra).toEqual({ requiredVisitObjectIds: ['o1', 'o2'] });
  });
});
