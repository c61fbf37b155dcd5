import type { OrderRow } from '../../booking/index.ts';
import type { OrderPaymentState, PaymentView } from '../contracts.ts';
import type { AccountKind, PaymentRow } from '../tables.ts';
import { paymentKindLabels } from './labels.ts';

// How payments and orders look in this context's answers.

export function sourceOf(kind: AccountKind): PaymentView['source'] {
  switch (kind) {
    case 'client':
      return 'account';
    case 'contract':
      return 'contract';
    case 'box_office':
    case 'orders':
    case 'corrections':
      return 'box_office';
  }
}

export function toPaymentView(payment: PaymentRow, sourceKind: AccountKind): PaymentView {
  return {
    id: payment.id,
    orderId: payment.orderId,
    kind: payment.kind,
    kindLabel: paymentKindLabels[payment.kind],
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    source: sourceOf(sourceKind),
    pointOfSale: payment.pointOfSale,
    note: payment.note,
    refundOf: payment.refundOf,
    createdAt: payment.createdAt.toISOString(),
  };
}

export function toOrderPaymentState(order: OrderRow): OrderPaymentState {
  return {
    orderId: order.id,
    bookingNumber: order.bookingNumber,
    status: order.status,
    currency: order.currency,
    totalMinor: order.totalMinor,
    paidMinor: order.paidMinor,
    remainingMinor: Math.max(0, order.totalMinor - order.paidMinor),
    paymentStatus: order.paymentStatus,
  };
}
