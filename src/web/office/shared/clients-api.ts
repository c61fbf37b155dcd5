import type { ClientProfile } from '../../../contexts/identity/clients/client-contracts.ts';
import type { DeliveryLogView } from '../../../contexts/notifications/contracts.ts';
import { api } from '../../api.ts';

// Who a request or order belongs to, and what the client has been told.

export type { ClientProfile, DeliveryLogView };
export type MessageLog = DeliveryLogView['messages'][number];

// POST: what is searched for (a phone, a name) stays out of logged URLs.
export const searchClients = (search: string, limit = 20) => api.post<{ items: ClientProfile[] }>('/api/clients/search', { search, limit });
export const getClient = (clientId: string) => api.get<ClientProfile>(`/api/clients/${encodeURIComponent(clientId)}`);

// A list of 20 orders names the same client often: ask once a minute per client.
const clients = new Map<string, { at: number; profile: Promise<ClientProfile> }>();
const clientTtlMs = 60_000;

export function cachedClient(clientId: string): Promise<ClientProfile> {
  const known = clients.get(clientId);
  if (known && Date.now() - known.at < clientTtlMs) return known.profile;
  const profile = getClient(clientId);
  clients.set(clientId, { at: Date.now(), profile });
  profile.catch(() => clients.delete(clientId));
  return profile;
}
export const getDeliveries = (query: { bookingNumber?: string; orderId?: string; clientId?: string }) =>
  api.get<DeliveryLogView>('/api/staff/deliveries', { query: { ...query, limit: 50 } });
