import type { StaffOrderDetail, StaffOrderPage, StaffOrderQuery } from '../../../contexts/booking/staff-orders/contracts.ts';
import { api } from '../../api.ts';

// Orders as staff see them: the filtered list and one order with its payments.

export type { StaffOrderDetail, StaffOrderPage };
export type OrderQuery = Partial<StaffOrderQuery>;
export type StaffOrderItem = StaffOrderPage['items'][number];
export type StaffTicket = StaffOrderDetail['tickets'][number];
export type StaffPayment = StaffOrderDetail['payments'][number];

/** The most the list answers in one page (the server's limit). */
export const maxPageSize = 100;

export const listOrders = (query: OrderQuery, signal?: AbortSignal) => api.get<StaffOrderPage>('/api/staff/orders', { query, signal });
export const getOrder = (orderId: string) => api.get<StaffOrderDetail>(`/api/staff/orders/${encodeURIComponent(orderId)}`);
