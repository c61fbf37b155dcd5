import type {
  CreateServiceBody, CreateVisitObjectBody, CreateVisitorCategoryBody, PriceRowInput, ServiceDetail, ServiceSummary, ServiceVisitObjectInput,
  ServiceVisitorCategoryInput, UpdateServiceBody, UpdateVisitObjectBody, UpdateVisitorCategoryBody, VisitObjectView, VisitorCategoryView,
} from '../../../contexts/catalog/contracts.ts';
import { api } from '../../api.ts';

// Services with their seed-002 flags, visit objects, visitor categories and price tables.

export type { ServiceDetail, ServiceSummary, VisitObjectView, VisitorCategoryView, PriceRowInput, UpdateServiceBody };

const at = (path: string, id: string, rest = '') => `/api/${path}/${encodeURIComponent(id)}${rest}`;

export const listServices = (query: { venueId?: string; kind?: string; limit?: number; offset?: number }) =>
  api.get<{ items: ServiceSummary[]; total: number }>('/api/services', { query });
export const getService = (serviceId: string) => api.get<ServiceDetail>(at('services', serviceId));
export const createService = (body: Partial<CreateServiceBody> & Pick<CreateServiceBody, 'venueId' | 'kind' | 'name'>) => api.post<ServiceDetail>('/api/services', body);
export const updateService = (serviceId: string, body: UpdateServiceBody) => api.patch<ServiceDetail>(at('services', serviceId), body);
export const setServiceVisitObjects = (serviceId: string, visitObjects: ServiceVisitObjectInput[]) =>
  api.put<ServiceDetail>(at('services', serviceId, '/visit-objects'), { visitObjects });
export const setServiceVisitorCategories = (serviceId: string, visitorCategories: ServiceVisitorCategoryInput[]) =>
  api.put<ServiceDetail>(at('services', serviceId, '/visitor-categories'), { visitorCategories });
export const setServicePrices = (serviceId: string, prices: PriceRowInput[]) => api.put<ServiceDetail>(at('services', serviceId, '/prices'), { prices });

export const listVisitObjects = (venueId?: string) => api.get<{ items: VisitObjectView[] }>('/api/visit-objects', { query: { venueId } });
export const createVisitObject = (body: Partial<CreateVisitObjectBody> & Pick<CreateVisitObjectBody, 'venueId' | 'name'>) => api.post<VisitObjectView>('/api/visit-objects', body);
export const updateVisitObject = (visitObjectId: string, body: UpdateVisitObjectBody) => api.patch<VisitObjectView>(at('visit-objects', visitObjectId), body);

export const listVisitorCategories = () => api.get<{ items: VisitorCategoryView[] }>('/api/visitor-categories');
export const createVisitorCategory = (body: CreateVisitorCategoryBody) => api.post<VisitorCategoryView>('/api/visitor-categories', body);
export const updateVisitorCategory = (visitorCategoryId: string, body: UpdateVisitorCategoryBody) =>
  api.patch<VisitorCategoryView>(at('visitor-categories', visitorCategoryId), body);
