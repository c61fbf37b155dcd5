import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, getJson, uniqueCode } from './support.ts';

// What the manager's and the reports' end-to-end tests share: a fresh hall of the demo
// cinema (so no demo session is in the way), films and sessions made through the API,
// and tickets sold the way seed 001 sells them.

export interface Session {
  api: APIRequestContext;
  csrf: Record<string, string>;
}

export const asManager = (): Promise<Session> => apiAs('manager', 'manager-demo-1');

export async function post<T>(session: Session, path: string, data: unknown, status = 201): Promise<T> {
  const response = await session.api.post(path, { headers: session.csrf, data });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(status);
  return (await response.json()) as T;
}

interface Venue {
  id: string;
  kind: string;
  timeZone: string;
  sessionTypes: { id: string; code: string; name: string }[];
}

/** The demo cinema, with a new hall of one general-admission zone (tickets without seat numbers). */
export async function freshCinemaHall(manager: Session): Promise<{ venue: Venue; hallId: string; hallName: string; zoneId: string }> {
  const venues = await getJson<{ items: { id: string; kind: string }[] }>(manager.api, '/api/venues');
  const cinema = venues.items.find((venue) => venue.kind === 'cinema');
  if (!cinema) throw new Error('the demo has no cinema');
  const venue = await getJson<Venue>(manager.api, `/api/venues/${cinema.id}`);
  const hallName = `Зал ${uniqueCode('e2e-')}`;
  const hall = await post<{ id: string }>(manager, `/api/venues/${venue.id}/halls`, { name: hallName });
  const zone = await post<{ id: string }>(manager, `/api/halls/${hall.id}/zones`, { code: 'floor', name: 'Партер', kind: 'general_admission', capacity: 200 });
  return { venue, hallId: hall.id, hallName, zoneId: zone.id };
}

export const sessionType = (venue: Venue, code: string): string => {
  const type = venue.sessionTypes.find((item) => item.code === code);
  if (!type) throw new Error(`the demo cinema has no "${code}" session type`);
  return type.id;
};

export async function createFilm(manager: Session, film: { title: string; durationMinutes: number; ageRating: number; basePriceMinor: number }): Promise<{ id: string; title: string }> {
  return post(manager, '/api/films', film);
}

export async function createSession(manager: Session, session: { hallId: string; filmId: string; sessionTypeIds: string[]; startsAt: string }): Promise<{ id: string }> {
  return post(manager, '/api/events', { kind: 'film_session', ...session });
}

/**
 * Seed 001's sale, through the API: the client submits a request, the operator
 * processes it if the rules did not, the client confirms, the cashier takes cash for
 * all of it and issues the tickets. Returns what the order's tickets cost.
 */
export async function sellPlaces(eventId: string, zoneId: string, quantity: number): Promise<{ orderId: string; totalMinor: number }> {
  const client = await apiAs('client', 'client-demo-1');
  const request = await post<{ id: string; status: string }>(client, '/api/requests', { lines: [{ eventId, zoneId, quantity }], idempotencyKey: uniqueCode('req') });
  if (request.status === 'not_processed' || request.status === 'in_processing') {
    const operator = await apiAs('operator', 'operator-demo-1');
    await post(operator, `/api/staff/requests/${request.id}/process`, {}, 200);
    await operator.api.dispose();
  }
  const detail = await getJson<{ order: { id: string; totalMinor: number } | null }>(client.api, `/api/my/requests/${request.id}`);
  const order = detail.order;
  if (!order) throw new Error('the request made no order');
  await post(client, `/api/orders/${order.id}/confirm`, {}, 200);
  await client.api.dispose();

  const cashier = await apiAs('cashier', 'cashier-demo-1');
  await post(cashier, `/api/staff/orders/${order.id}/payments`, { kind: 'cash', amountMinor: order.totalMinor, idempotencyKey: uniqueCode('pay') });
  await post(cashier, `/api/staff/orders/${order.id}/issue`, {}, 200);
  await cashier.api.dispose();
  return { orderId: order.id, totalMinor: order.totalMinor };
}

/** Kopecks as the page shows roubles ("1 950 000 ₽"), whatever space the browser puts between digit groups. */
export function moneyPattern(minor: number): RegExp {
  const roubles = Math.trunc(minor / 100);
  const kopecks = minor % 100;
  const grouped = String(roubles).replace(/\B(?=(\d{3})+(?!\d))/g, '\\s?');
  return new RegExp(`${grouped}${kopecks ? `,${String(kopecks).padStart(2, '0')}` : ''}\\s?₽`);
}

/** Today's date on the Moscow wall clock, as a date input takes it. */
export const moscowToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** A wall-clock Moscow time as an instant the API takes. */
export const moscow = (wall: string): string => new Date(`${wall}:00+03:00`).toISOString();

export async function logInToOffice(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/office');
  await page.getByLabel('Логин').fill(login);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  // The shell's navigation is there before login too: the way out shows the login is done.
  await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();
}
