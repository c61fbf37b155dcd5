import type { BroadcastPreviewView, BroadcastProgressView, BroadcastView, CreateBroadcastBody } from '../../../../contexts/notifications/contracts.ts';
import { api } from '../../../api.ts';

// Broadcasts: written in Russian and English for a topic and an audience, previewed, sent.

export type { BroadcastPreviewView, BroadcastProgressView, BroadcastView, CreateBroadcastBody };

const at = (id: string, rest = '') => `/api/staff/broadcasts/${encodeURIComponent(id)}${rest}`;

export const listBroadcasts = () => api.get<{ items: BroadcastView[] }>('/api/staff/broadcasts');
export const createBroadcast = (body: CreateBroadcastBody) => api.post<BroadcastView>('/api/staff/broadcasts', body);
export const getBroadcast = (broadcastId: string) => api.get<BroadcastProgressView>(at(broadcastId));
export const previewBroadcast = (broadcastId: string) => api.post<BroadcastPreviewView>(at(broadcastId, '/preview'));
export const sendBroadcast = (broadcastId: string) => api.post<BroadcastProgressView>(at(broadcastId, '/send'));
