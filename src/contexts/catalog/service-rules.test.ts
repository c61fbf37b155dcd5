import { describe, expect, it } from 'vitest';
import { serviceErrors, serviceEventErrors, type ServiceDraft } from './service-rules.ts';

const simple: ServiceDraft = {
  kind: 'museum_visit', isEditable: false, isDisableEditVisitObject: false, isDisableEditVisitor: false, isUseOneCategory: false,
  activeKindId: 1, activeDays: null, dtBegin: null, dtEnd: null, salesOpenAt: null, salesCloseAt: null,
  stock: null, passVisits: null, passDays: null, groupMin: null, groupMax: null,
  visitObjects: [], visitorCategories: [], prices: [], eventIds: [],
};
const codes = (overrides: Partial<ServiceDraft>) => serviceErrors({ ...simple, ...overrides }).map((error) => error.code);
const fields = (overrides: Partial<ServiceDraft>) => serviceErrors({ ...simple, ...overrides }).map((error) => error.field);

describe('a service', () => {
  it('as a simple service needs nothing more', () => {
    expect(codes({})).toEqual([]);
  });

  it('with ActiveKindId 3 needs a visit period, its end after its start (scenario 5)', () => {
    expect(fields({ activeKindId: 3 })).toEqual(['body.dateRules.dtBegin']);
    expect(codes({ activeKindId: 3, dtBegin: new Date('2025-06-01'), dtEnd: null })).toEqual(['visit_period_required']);
    expect(codes({ activeKindId: 3, dtBegin: new Date('2025-08-31'), dtEnd: new Date('2025-06-01') })).toEqual(['visit_period_invalid']);
    expect(codes({ activeKindId: 3, dtBegin: new Date('2025-06-01'), dtEnd: new Date('2025-08-31') })).toEqual([]);
  });

  it('when editable, with ActiveKindId 1 or 2, needs activeDays', () => {
    expect(codes({ isEditable: true, activeKindId: 2 })).toEqual(['active_days_required']);
    expect(codes({ isEditable: true, activeKindId: 2, activeDays: 30 })).toEqual([]);
  });

  it('with IsDisableEditVisitObject needs an IsRequire object (scenario 1)', () => {
    const objects = [{ visitObjectId: 'o1', isRequire: false }, { visitObjectId: 'o2', isRequire: false }];
    expect(codes({ isDisableEditVisitObject: true, visitObjects: objects })).toEqual(['required_visit_object_missing']);
    expect(codes({ isDisableEditVisitObject: true, visitObjects: [{ visitObjectId: 'o1', isRequire: true }] })).toEqual([]);
    expect(codes({ visitObjects: objects })).toEqual([]); // scenario 2: the client chooses
  });

  it('with IsDisableEditVisitor needs a RequireVisitorCount, only one with IsUseOneCategory (scenarios 3, 4)', () => {
    const open = [{ visitorCategoryId: 'adult', requireVisitorCount: null }];
    expect(codes({ isDisableEditVisitor: true, visitorCategories: open })).toEqual(['required_visitor_count_missing']);
    expect(codes({ isDisableEditVisitor: true, visitorCategories: [{ visitorCategoryId: 'adult', requireVisitorCount: 10 }] })).toEqual([]);
    const two = [{ visitorCategoryId: 'adult', requireVisitorCount: 2 }, { visitorCategoryId: 'child', requireVisitorCount: 1 }];
    expect(codes({ isDisableEditVisitor: true, isUseOneCategory: true, visitorCategories: two })).toEqual(['one_category_conflict']);
  });

  it('prices only what it offers, each cell once', () => {
    const visitObjects = [{ visitObjectId: 'o1', isRequire: false }];
    const visitorCategories = [{ visitorCategoryId: 'adult', requireVisitorCount: null }];
    expect(codes({ visitObjects, visitorCategories, prices: [{ visitObjectId: 'o1', visitorCategoryId: 'adult' }, { visitObjectId: null, visitorCategoryId: null }] })).toEqual([]);
    expect(fields({ visitObjects, prices: [{ visitObjectId: 'o9', visitorCategoryId: null }] })).toEqual(['body.prices.0.visitObjectId']);
    expect(codes({ prices: [{ visitObjectId: null, visitorCategoryId: null }, { visitObjectId: null, visitorCategoryId: null }] })).toEqual(['price_row_duplicate']);
  });

  it('keeps stock, pass terms and events to the kinds they belong to', () => {
    expect(codes({ stock: 10 })).toEqual(['stock_only_for_addon_goods']);
    expect(codes({ kind: 'addon_good', stock: 10 })).toEqual([]);
    expect(codes({ passVisits: 10 })).toEqual(['pass_terms_only_for_facility_passes']);
    expect(codes({ eventIds: ['e1'] })).toEqual(['events_only_for_event_services']);
    expect(codes({ kind: 'bundle', eventIds: ['e1', 'e1'] })).toEqual(['event_duplicate']);
    expect(codes({ groupMin: 10, groupMax: 5 })).toEqual(['group_size_invalid']);
  });
});

describe('the events of a bundle or season ticket', () => {
  const event = (id: string, hallId = 'arena', venueId = 'stadium', status = 'scheduled') => ({ id, hallId, venueId, status });

  it('share the hall of the one seat they admit to', () => {
    expect(serviceEventErrors({ kind: 'season_ticket', venueId: 'stadium' }, [event('e1'), event('e2')])).toEqual([]);
    const [error] = serviceEventErrors({ kind: 'bundle', venueId: 'stadium' }, [event('e1'), event('e2', 'small-hall')]);
    expect(error).toMatchObject({ code: 'package_events_in_one_hall', field: 'body.eventIds.1' });
    expect(serviceEventErrors({ kind: 'event_ticket', venueId: 'stadium' }, [event('e1'), event('e2', 'small-hall')])).toEqual([]);
  });

  it('belong to the venue and are scheduled', () => {
    expect(serviceEventErrors({ kind: 'bundle', venueId: 'stadium' }, [event('e1', 'arena', 'museum')]).map((e) => e.code)).toEqual(['event_not_in_venue']);
    expect(serviceEventErrors({ kind: 'bundle', venueId: 'stadium' }, [event('e1', 'arena', 'stadium', 'cancelled')]).map((e) => e.code)).toEqual(['event_cancelled']);
  });
});
