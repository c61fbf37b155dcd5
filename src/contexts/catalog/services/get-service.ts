import type { Db } from '../../../server/db/types.ts';
import type { ServiceDetail } from '../contracts/services.ts';
import { loadServiceDetail } from './service-views.ts';

/** A service with its flags, options, price table, date rules, events and stock left; 404 service_not_found if unknown. */
export async function getService(db: Db, serviceId: string, now: Date): Promise<ServiceDetail> {
  return loadServiceDetail(db, serviceId, now);
}
