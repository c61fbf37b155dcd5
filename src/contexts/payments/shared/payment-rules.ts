import type { OrderStatus } from '../../booking/index.ts';
import { conflict, unprocessable } from '../../../shared/errors.ts';

// Pure rules of paying an order: which orders take money, and how much.

export interface PayableOrder {
  status: OrderStatus;
  totalMinor: number;
  paidMinor: number;
}

/**
 * Money is taken once the client has confirmed the order (processed) and while its
 * tickets are being issued; an issued order may still owe (a corporate contract may
 * allow issuing first). Formed (not confirmed), cancelled and returned orders take none.
 */
export function takesPayment(status: OrderStatus): boolean {
  switch (status) {
    case 'processed':
    case 'partially_issued':
    case 'issued':
      return true;
    case 'formed':
    case 'cancelled':
    case 'returned':
      return false;
  }
}

/** What is left to pay; throws 409 when the order takes no money or owes none. */
export function remainingToPay(order: PayableOrder): number {
  if (!takesPayment(order.status)) {
    const why = order.status === 'formed' ? 'it is not confirmed yet' : `it is ${order.status}`;
    throw conflict('order_not_payable', `This order cannot be paid: ${why}.`, { extra: { currentStatus: order.status } });
  }
  const remainingMinor = order.totalMinor - order.paidMinor;
  if (remainingMinor <= 0) throw conflict('order_already_paid', 'This order is paid in full already.', { extra: { currentStatus: order.status } });
  return remainingMinor;
}

/** A part payment: more than what is left is 422 'overpayment' (nothing is kept as change). */
export function assertWithinRemaining(order: PayableOrder, amountMinor: number, field = 'body.amountMinor'): void {
  const remainingMinor = remainingToPay(order);
  if (amountMinor > remainingMinor) {
    throw unprocessable('overpayment', `Only ${remainingMinor} kopecks are left to pay on this order.`, { field, extra: { remainingMinor } });
  }
}
