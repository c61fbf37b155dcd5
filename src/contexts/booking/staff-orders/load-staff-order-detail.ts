import type { Db } from '../../../server/db/types.ts';
import type { OrderRow } from '../tables.ts';
import { loadOrderDetail } from '../views/load-order-detail.ts';
import type { StaffOrderDetail } from './contracts.ts';
import { paymentsOfOrder } from './order-payments.ts';

/** An order as staff see it: the client's view (tickets, history) with the client, the contract and every payment and refund. */
export async function loadStaffOrderDetail(db: Db, order: OrderRow): Promise<StaffOrderDetail> {
  return {
    ...(await loadOrderDetail(db, order)),
    clientId: order.clientId,
    contractId: order.contractId,
    payments: await paymentsOfOrder(db, order.id),
  };
}
