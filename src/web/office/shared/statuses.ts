import type { OrderSummary, RequestView } from '../../../contexts/booking/contracts.ts';
import type { PaymentView } from '../../../contexts/payments/contracts.ts';

// The status lists of the filters, in the order of the flow. Written out here (the
// server's lists live beside its tables, which the browser must not load); a Record
// over each union makes the compiler refuse a missing or unknown status.

export type RequestStatus = RequestView['status'];
export type OrderStatus = OrderSummary['status'];
export type PaymentStatus = OrderSummary['paymentStatus'];
export type PaymentKind = PaymentView['kind'];

const listOf = <S extends string>(all: Record<S, true>): readonly S[] => Object.keys(all) as S[];

export const requestStatuses = listOf<RequestStatus>({ not_processed: true, in_processing: true, processed: true, rejected: true });
export const orderStatuses = listOf<OrderStatus>({ formed: true, processed: true, partially_issued: true, issued: true, returned: true, cancelled: true });
export const paymentStatuses = listOf<PaymentStatus>({ unpaid: true, partially_paid: true, paid: true });
export const paymentKinds = listOf<PaymentKind>({ cash: true, bank_transfer: true, card: true, receipt_order: true, internal_account: true });

/** The value of a filter from the address, if it is one of the list. */
export const oneOf = <S extends string>(list: readonly S[], value: string | undefined): S | undefined => list.find((item) => item === value);
