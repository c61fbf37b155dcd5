// The booking context: requests, holds, processing, orders and their tickets, confirmation.
// The only door other contexts (and the server wiring) use.
import type { ContextModule } from '../../server/contexts.ts';
import { holdExpiryJob } from './jobs.ts';
import { bookingRoutes } from './routes.ts';

export const bookingModule: ContextModule = { name: 'booking', routes: bookingRoutes, jobs: [holdExpiryJob] };

export { createConfirmationToken, confirmationUrl } from './orders/confirmation-link.ts';
export { confirmOrderByToken, type LinkConfirmation } from './orders/confirm-order-by-token.ts';
export { confirmOrderByBookingNumber } from './orders/confirm-order-by-booking-number.ts';
export type { ConfirmedOrder } from './orders/confirm-order.ts';
export { cancelOrder } from './orders/cancel-order.ts';
export { applyOrderPayment } from './orders/apply-order-payment.ts';
export { expireBookings } from './expiry/expire-bookings.ts';
export { requests, requestLines, orders, tickets, ticketAdmissions, statusHistory } from './tables.ts';
export type { OrderRow, RequestRow, TicketRow, OrderStatus, RequestStatus } from './tables.ts';
export { recordStatusChanges, historyOf, type StatusChange } from './history-repository.ts';
export * from './contracts.ts';
export { issueOrderTickets, type IssueInput } from './box-office/issue-order-tickets.ts';
export * from './box-office/contracts.ts';
export * from './tickets/contracts.ts';
export * from './staff-orders/contracts.ts';
