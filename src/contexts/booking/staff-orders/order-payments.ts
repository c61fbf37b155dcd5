import type { PaymentView } from '../../payments/index.ts';
// TEMPORARY: payments' index.ts does not export its order payment list yet (asked for);
// this file is the one place to swap the import once it does.
import { listOrderPayments } from '../../payments/box-office/list-order-payments.ts';
import type { Db } from '../../../server/db/types.ts';

/** Every payment and refund of the order, as the payments context shows them. */
export async function paymentsOfOrder(db: Db, orderId: string): Promise<PaymentView[]> {
  return (await listOrderPayments(db, orderId)).payments;
}
