import type { Db } from '../../../server/db/types.ts';
import { createServiceUnits } from '../../inventory/index.ts';
import type { CreateServiceBody, ServiceDetail } from '../contracts/services.ts';
import { auditChange, type Change } from '../shared/change.ts';
import { instantOf } from '../shared/instants.ts';
import { venueNotFound } from '../shared/not-found.ts';
import { findVenue } from '../venues/venue-repository.ts';
import { checkService, writeServiceOptions } from './service-options.ts';
import { insertService } from './service-repository.ts';
import { loadServiceDetail } from './service-views.ts';

const noFlags = {
  isDisableEditVisitObject: false,
  isVisitObjectUseForCost: false,
  isDisableEditVisitor: false,
  isCategoryVisitorUseForCost: false,
  isVisitorCountUseForCost: false,
  isUseOneCategory: false,
  isNeedVisitDate: false,
  isNeedVisitTime: false,
};

/**
 * Creates a service with its seed-002 flags and options in one go (as seed 002's
 * scenarios describe one); an add-on good's stock goes on sale at once.
 */
export async function createService(db: Db, change: Change, body: CreateServiceBody): Promise<ServiceDetail> {
  return db.transaction(async (tx) => {
    if (!(await findVenue(tx, body.venueId))) throw venueNotFound('body.venueId');
    const { flags, dateRules, visitObjects, visitorCategories, prices, eventIds, ...scalars } = body;
    const state = {
      ...scalars,
      ...noFlags,
      ...flags,
      nameEn: body.nameEn ?? null,
      salesOpenAt: instantOf(body.salesOpenAt),
      salesCloseAt: instantOf(body.salesCloseAt),
      stock: body.stock ?? null,
      passVisits: body.passVisits ?? null,
      passDays: body.passDays ?? null,
      groupMin: body.groupMin ?? null,
      groupMax: body.groupMax ?? null,
      activeKindId: dateRules.activeKindId ?? 1,
      activeDays: dateRules.activeDays ?? null,
      dtBegin: instantOf(dateRules.dtBegin),
      dtEnd: instantOf(dateRules.dtEnd),
    };
    const options = { visitObjects, visitorCategories, prices, eventIds };
    await checkService(tx, state, options);
    const service = await insertService(tx, state);
    await writeServiceOptions(tx, service.id, options);
    if (service.stock) await createServiceUnits(tx, service.id, service.stock);
    await auditChange(tx, change, 'service.created', 'service', service.id, { after: { ...service, ...options } });
    return loadServiceDetail(tx, service.id, change.now);
  });
}
