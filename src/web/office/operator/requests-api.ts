import type { AdjustLineBody, RequestDetail, RequestPage, StaffRequestQuery } from '../../../contexts/booking/contracts.ts';
import { api } from '../../api.ts';

// The operator's calls: the queue, one request, and what processing does to it.

export type { AdjustLineBody, RequestDetail, RequestPage };
export type RequestQueueQuery = Partial<StaffRequestQuery>;
export type RequestQueueItem = RequestPage['items'][number];
export type RequestLine = RequestDetail['lines'][number];
export type HeldUnit = NonNullable<RequestDetail['holds']>[number];
export interface LineRefusal {
  lineId: string;
  reason: string;
}

const path = (id: string, rest = '') => `/api/staff/requests/${encodeURIComponent(id)}${rest}`;

export const listRequests = (query: RequestQueueQuery) => api.get<RequestPage>('/api/staff/requests', { query });
export const getRequest = (id: string) => api.get<RequestDetail>(path(id));
export const takeRequest = (id: string) => api.post<RequestDetail>(path(id, '/take'));
export const releaseRequest = (id: string) => api.post<RequestDetail>(path(id, '/release'));
export const adjustLine = (id: string, lineId: string, body: AdjustLineBody) => api.patch<RequestDetail>(path(id, `/lines/${encodeURIComponent(lineId)}`), body);
export const rejectRequest = (id: string, reason: string) => api.post<RequestDetail>(path(id, '/reject'), { reason });
export const processRequest = (id: string, refuse: LineRefusal[] = []) => api.post<RequestDetail>(path(id, '/process'), refuse.length > 0 ? { refuse } : {});
