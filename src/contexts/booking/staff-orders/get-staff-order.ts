import type { Db } from '../../../server/db/types.ts';
import { staffOrderNotFound } from '../box-office/locked-order.ts';
import { findOrder } from '../order-repository.ts';
import type { StaffOrderDetail } from './contracts.ts';
import { loadStaffOrderDetail } from './load-staff-order-detail.ts';

/** One order for staff: tickets, payments and refunds, history; 404 `order_not_found`. */
export async function getStaffOrder(db: Db, orderId: string): Promise<StaffOrderDetail> {
  const order = await findOrder(db, orderId);
  if (!order) throw staffOrderNotFound();
  return loadStaffOrderDetail(db, order);
}
