import type { Db } from '../../../server/db/types.ts';
import type { RequestPage } from '../contracts.ts';
import { countRequestsByStatus, listRequests, type RequestFilter } from '../request-queue-repository.ts';
import { requestStatuses } from '../tables.ts';
import { toOrderSummary, toRequestHeader } from './to-view.ts';

/** A page of requests under the filters, with the count of each status (whatever the status filter). */
export async function listRequestPage(db: Db, filter: RequestFilter, page: { limit: number; offset: number }): Promise<RequestPage> {
  const items = await listRequests(db, filter, page);
  const counts = await countRequestsByStatus(db, filter);
  const countsByStatus = Object.fromEntries(requestStatuses.map((status) => [status, counts.get(status) ?? 0])) as RequestPage['countsByStatus'];
  const total = filter.status ? countsByStatus[filter.status] : Object.values(countsByStatus).reduce((a, b) => a + b, 0);
  return {
    items: items.map((item) => ({
      ...toRequestHeader(item.request),
      order: item.order ? toOrderSummary(item.order) : null,
      lineCount: item.lineCount,
    })),
    total,
    limit: page.limit,
    offset: page.offset,
    countsByStatus,
  };
}
