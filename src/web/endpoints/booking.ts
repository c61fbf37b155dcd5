import type {
  OrderDetail, OrderPage, RequestDetail, RequestPage, RequestView, SubmitRequestBody,
} from '../../contexts/booking/contracts.ts';
import type { QuoteLineRequest, QuoteResponse } from '../../contexts/pricing/contracts.ts';
import { api } from '../api.ts';

// Quotes, requests and orders: what the client asks for and what they bought.

export type { OrderDetail, OrderPage, RequestDetail, RequestPage, RequestView, QuoteLineRequest, QuoteResponse };
export type OrderSummary = OrderPage['items'][number];
export type RequestSummary = RequestPage['items'][number];

export const quote = (lines: QuoteLineRequest[], signal?: AbortSignal) => api.post<QuoteResponse>('/api/quotes', { lines }, { signal });

export const submitRequest = (body: SubmitRequestBody) => api.post<RequestView>('/api/requests', body);

export const listMyRequests = (page: { limit?: number; offset?: number }) => api.get<RequestPage>('/api/my/requests', { query: page });
export const getMyRequest = (id: string) => api.get<RequestDetail>(`/api/my/requests/${encodeURIComponent(id)}`);
export const listMyOrders = (page: { limit?: number; offset?: number }) => api.get<OrderPage>('/api/my/orders', { query: page });
export const getMyOrder = (id: string) => api.get<OrderDetail>(`/api/my/orders/${encodeURIComponent(id)}`);
export const confirmOrder = (id: string) => api.post<OrderDetail>(`/api/orders/${encodeURIComponent(id)}/confirm`);
export const cancelMyOrder = (id: string, reason?: string) =>
  api.post<OrderDetail>(`/api/my/orders/${encodeURIComponent(id)}/cancel`, reason ? { reason } : {});
