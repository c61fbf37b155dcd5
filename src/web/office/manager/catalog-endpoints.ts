import type {
  CreateEventBody, CreateFilmBody, CreateHallBody, CreateHallTypeBody, CreateSessionTypeBody, CreateVenueBody, CreateZoneBody, EventDetail, EventSummary,
  FilmView, HallLayoutBody, HallTypeView, HallView, SessionTypeView, UpdateEventBody, UpdateFilmBody, UpdateHallBody, UpdateHallTypeBody,
  UpdateSessionTypeBody, UpdateVenueBody, UpdateZoneBody, VenueDetail, VenueSummary, ZoneView,
} from '../../../contexts/catalog/contracts.ts';
import { api } from '../../api.ts';

// The manager's catalog API: venues, halls, hall types, zones, seat-map layouts, films,
// session types and the sessions (events) of a hall. Reads are the public catalog's.

export type {
  CreateEventBody, CreateFilmBody, CreateHallBody, CreateSessionTypeBody, CreateVenueBody, CreateZoneBody, EventDetail, EventSummary, FilmView,
  HallLayoutBody, HallTypeView, HallView, SessionTypeView, UpdateEventBody, UpdateFilmBody, VenueDetail, VenueSummary, ZoneView,
};

const at = (path: string, id: string, rest = '') => `/api/${path}/${encodeURIComponent(id)}${rest}`;

export const listVenues = () => api.get<{ items: VenueSummary[] }>('/api/venues');
export const getVenue = (venueId: string) => api.get<VenueDetail>(at('venues', venueId));
export const createVenue = (body: Partial<CreateVenueBody> & Pick<CreateVenueBody, 'kind' | 'name'>) => api.post<VenueDetail>('/api/venues', body);
export const updateVenue = (venueId: string, body: UpdateVenueBody) => api.patch<VenueDetail>(at('venues', venueId), body);

export const listHallTypes = () => api.get<{ items: HallTypeView[] }>('/api/hall-types');
export const createHallType = (body: CreateHallTypeBody) => api.post<HallTypeView>('/api/hall-types', body);
export const updateHallType = (hallTypeId: string, body: UpdateHallTypeBody) => api.patch<HallTypeView>(at('hall-types', hallTypeId), body);

export const createHall = (venueId: string, body: Partial<CreateHallBody> & Pick<CreateHallBody, 'name'>) => api.post<HallView>(at('venues', venueId, '/halls'), body);
export const updateHall = (hallId: string, body: UpdateHallBody) => api.patch<HallView>(at('halls', hallId), body);
export const importHallLayout = (hallId: string, body: HallLayoutBody) => api.put<HallView>(at('halls', hallId, '/layout'), body);
export const createZone = (hallId: string, body: Partial<CreateZoneBody> & Pick<CreateZoneBody, 'code' | 'name' | 'kind'>) => api.post<ZoneView>(at('halls', hallId, '/zones'), body);
export const updateZone = (zoneId: string, body: UpdateZoneBody) => api.patch<ZoneView>(at('zones', zoneId), body);

export const listFilms = (query: { q?: string; limit?: number; offset?: number } = {}) =>
  api.get<{ items: FilmView[]; total: number; limit: number; offset: number }>('/api/films', { query });
export const createFilm = (body: Partial<CreateFilmBody> & Omit<CreateFilmBody, 'description'>) => api.post<FilmView>('/api/films', body);
export const updateFilm = (filmId: string, body: UpdateFilmBody) => api.patch<FilmView>(at('films', filmId), body);

export const listSessionTypes = (venueId?: string) => api.get<{ items: SessionTypeView[] }>('/api/session-types', { query: { venueId } });
export const createSessionType = (body: Partial<CreateSessionTypeBody> & Pick<CreateSessionTypeBody, 'code' | 'name' | 'coefficient'>) =>
  api.post<SessionTypeView>('/api/session-types', body);
export const updateSessionType = (sessionTypeId: string, body: UpdateSessionTypeBody) => api.patch<SessionTypeView>(at('session-types', sessionTypeId), body);

/** Every event of a hall starting in [from, to], cancelled ones too (the calendar shows them struck through). */
export async function listHallEvents(hallId: string, from: string, to: string): Promise<EventSummary[]> {
  const items: EventSummary[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await api.get<{ items: EventSummary[]; total: number }>('/api/events', { query: { hallId, from, to, status: 'all', limit: 100, offset } });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

export const getEvent = (eventId: string) => api.get<EventDetail>(at('events', eventId));
export const createEvent = (body: Partial<CreateEventBody> & Pick<CreateEventBody, 'hallId' | 'kind' | 'startsAt'>) => api.post<EventDetail>('/api/events', body);
export const updateEvent = (eventId: string, body: UpdateEventBody) => api.patch<EventDetail>(at('events', eventId), body);
export const cancelEvent = (eventId: string, reason: string) => api.post<EventDetail>(at('events', eventId, '/cancel'), { reason });

/** Every film, by title (a cinema has hundreds at most). */
export async function listAllFilms(): Promise<FilmView[]> {
  const films: FilmView[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await listFilms({ limit: 100, offset });
    films.push(...page.items);
    if (films.length >= page.total || page.items.length === 0) return films;
  }
}

export const setEventZonePrices = (eventId: string, zonePrices: { zoneId: string; priceMinor: number }[]) =>
  api.put<EventDetail>(at('events', eventId, '/zone-prices'), { zonePrices });
