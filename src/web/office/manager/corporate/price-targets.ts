import { api } from '../../../api.ts';
import type { EventDetail, EventSummary } from '../catalog-endpoints.ts';
import { type ServiceSummary, listServices } from '../service-endpoints.ts';

// What a contract's special price can be for: a service, an event, or one zone of an
// event. The contract holds only ids; these are the names a manager chooses among.

export type TargetEvent = Pick<EventSummary, 'id' | 'title' | 'startsAt'>;

export interface PriceTargets {
  services: ServiceSummary[];
  events: TargetEvent[];
}

async function allServices(): Promise<ServiceSummary[]> {
  const services: ServiceSummary[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await listServices({ limit: 100, offset });
    services.push(...page.items);
    if (services.length >= page.total || page.items.length === 0) return services;
  }
}

/** Services, and the upcoming events plus any the contract already names (past ones too). */
export async function loadPriceTargets(namedEventIds: readonly string[]): Promise<PriceTargets> {
  const [services, upcoming] = await Promise.all([allServices(), api.get<{ items: EventSummary[] }>('/api/events', { query: { limit: 100 } })]);
  const known = new Set(upcoming.items.map((event) => event.id));
  const missing = [...new Set(namedEventIds)].filter((id) => !known.has(id));
  const extra = await Promise.all(missing.map((id) => api.get<EventDetail>(`/api/events/${encodeURIComponent(id)}`).catch(() => null)));
  return { services, events: [...upcoming.items, ...extra.filter((event): event is EventDetail => event !== null)] };
}

/** The zones of an event, for a price on one zone. */
export const loadEventZones = async (eventId: string) => (await api.get<EventDetail>(`/api/events/${encodeURIComponent(eventId)}`)).zones;
