import type { Db } from '../../../server/db/types.ts';
import type { ServiceListQuery, ServiceSummary } from '../contracts/services.ts';
import { listServiceRows } from './service-repository.ts';
import { toServiceSummary } from './service-views.ts';

/** A page of the services on offer (active ones), by venue and name. */
export async function listServices(db: Db, query: ServiceListQuery): Promise<{ items: ServiceSummary[]; total: number; limit: number; offset: number }> {
  const { rows, total } = await listServiceRows(db, query);
  return { items: rows.map(toServiceSummary), total, limit: query.limit, offset: query.offset };
}
