import type { SubscriptionsView, UpdateSubscriptionsBody } from '../../contexts/notifications/contracts.ts';
import { api } from '../api.ts';

export type { SubscriptionsView, UpdateSubscriptionsBody };

export const getMySubscriptions = () => api.get<SubscriptionsView>('/api/my/subscriptions');
export const updateMySubscriptions = (body: UpdateSubscriptionsBody) => api.put<SubscriptionsView>('/api/my/subscriptions', body);
