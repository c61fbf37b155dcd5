import type { StaffOrderDetail } from '../../../contexts/booking/staff-orders/contracts.ts';
import type { AccountMovementResult, AccountStatement, BoxOfficePaymentBody, CardView, OrderPaymentResult, TopUpBody } from '../../../contexts/payments/contracts.ts';
import { api } from '../../api.ts';

// The point of sale: find an order, take money, hand over and take back tickets,
// and the client's internal account (top-ups, cards).

export type { AccountMovementResult, AccountStatement, BoxOfficePaymentBody, CardView, OrderPaymentResult, TopUpBody };
export type BoxOfficeKind = BoxOfficePaymentBody['kind'];
export const boxOfficeKinds = ['cash', 'bank_transfer', 'card', 'receipt_order'] as const satisfies readonly BoxOfficeKind[];

const order = (orderId: string, rest: string) => `/api/staff/orders/${encodeURIComponent(orderId)}${rest}`;
const client = (clientId: string, rest: string) => `/api/staff/clients/${encodeURIComponent(clientId)}${rest}`;

export const findByBookingNumber = (bookingNumber: string) =>
  api.get<StaffOrderDetail>(`/api/staff/orders/by-booking-number/${encodeURIComponent(bookingNumber)}`);
export const takePayment = (orderId: string, body: BoxOfficePaymentBody) => api.post<OrderPaymentResult>(order(orderId, '/payments'), body);
export const issueTickets = (orderId: string, ticketIds?: string[]) => api.post<StaffOrderDetail>(order(orderId, '/issue'), ticketIds ? { ticketIds } : {});
export const returnTickets = (orderId: string, ticketIds: string[], reason: string) => api.post<StaffOrderDetail>(order(orderId, '/returns'), { ticketIds, reason });
export const cancelOrder = (orderId: string, reason: string) => api.post<StaffOrderDetail>(order(orderId, '/cancel'), { reason });
/** Opened in a new tab: the browser shows the PDF and prints it. */
export const ticketsPdfUrl = (orderId: string) => order(orderId, '/tickets.pdf');

export const getClientAccount = (clientId: string, page: { limit?: number; offset?: number } = {}) =>
  api.get<AccountStatement>(client(clientId, '/account'), { query: page });
export const topUpAccount = (clientId: string, body: TopUpBody) => api.post<AccountMovementResult>(client(clientId, '/top-ups'), body);
export const linkCard = (clientId: string, cardNumber: string) => api.post<CardView>(client(clientId, '/cards'), { cardNumber });
