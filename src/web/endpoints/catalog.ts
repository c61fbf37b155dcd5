import type { z } from 'zod';
import type {
  eventDetail, eventPage, EventListQuery, filmPage, filmView, serviceDetail, servicePage, ServiceListQuery, venueDetail, venueList,
} from '../../contexts/catalog/contracts.ts';
import type { seatLookupResponse } from '../../contexts/catalog/seat-lookup/routes.ts';
import type { SeatMapAvailability, SeatMapResponse } from '../../contexts/catalog/seat-map/contracts.ts';
import { api } from '../api.ts';

// The public catalog: venues, the schedule, events with their seat maps, services.

export type VenueList = z.infer<typeof venueList>;
export type VenueDetail = z.infer<typeof venueDetail>;
export type EventPage = z.infer<typeof eventPage>;
export type EventDetail = z.infer<typeof eventDetail>;
export type FilmPage = z.infer<typeof filmPage>;
export type Film = z.infer<typeof filmView>;
export type ServicePage = z.infer<typeof servicePage>;
export type ServiceDetail = z.infer<typeof serviceDetail>;
export type EventQuery = Partial<Omit<EventListQuery, 'status'>>;

export const listVenues = (kind?: string) => api.get<VenueList>('/api/venues', { query: { kind } });
export const getVenue = (venueId: string) => api.get<VenueDetail>(`/api/venues/${encodeURIComponent(venueId)}`);
export const listEvents = (query: EventQuery) => api.get<EventPage>('/api/events', { query });
export const getEvent = (eventId: string) => api.get<EventDetail>(`/api/events/${encodeURIComponent(eventId)}`);
export const listFilms = (query: { q?: string; limit?: number; offset?: number } = {}) => api.get<FilmPage>('/api/films', { query });
export const listServices = (query: Partial<ServiceListQuery>) => api.get<ServicePage>('/api/services', { query });
export const getService = (serviceId: string) => api.get<ServiceDetail>(`/api/services/${encodeURIComponent(serviceId)}`);

export const getSeatMap = (eventId: string, signal?: AbortSignal) =>
  api.get<SeatMapResponse>(`/api/events/${encodeURIComponent(eventId)}/seat-map`, { signal });
export const getAvailability = (eventId: string, signal?: AbortSignal) =>
  api.get<SeatMapAvailability>(`/api/events/${encodeURIComponent(eventId)}/availability`, { signal });

export type ResolvedSeat = z.infer<typeof seatLookupResponse>['items'][number];

/**
 * The seat map numbers seats by ordinal (compact for 80,000 seats); a request names
 * them by id. This asks the server for the ids of the picked ordinals only.
 */
export async function resolveSeats(eventId: string, ordinals: readonly number[]): Promise<ResolvedSeat[]> {
  const answer = await api.get<z.infer<typeof seatLookupResponse>>(`/api/events/${encodeURIComponent(eventId)}/seats`, {
    query: { ordinals: [...ordinals].sort((a, b) => a - b).join(',') },
  });
  return answer.items;
}
