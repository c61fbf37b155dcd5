import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, getJson } from './support.ts';

// What the back-office tests share: logging staff in at /office, and requests made
// through the API as the demo client, as the portal would send them.

export const demo = {
  client: ['client', 'client-demo-1'],
  operator: ['operator', 'operator-demo-1'],
  cashier: ['cashier', 'cashier-demo-1'],
  manager: ['manager', 'manager-demo-1'],
  admin: ['admin', 'admin-demo-1'],
} as const;

export type DemoRole = keyof typeof demo;

/** Logs a demo staff member in on the back office's own login form, at `path`. */
export async function officeLogIn(page: Page, role: DemoRole, path = '/office'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Вход для сотрудников' })).toBeVisible();
  await page.getByLabel('Логин').fill(demo[role][0]);
  await page.getByLabel('Пароль').fill(demo[role][1]);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();
}

interface ZoneView {
  id: string;
  kind: 'seated' | 'general_admission';
  name: string;
  priceMinor: number | null;
}

/** The concert at the stadium and its dance floor (general admission: no seat ids needed). */
export async function danceFloor(api: APIRequestContext): Promise<{ eventId: string; zoneId: string; priceMinor: number }> {
  const from = new Date(Date.now() + 3_600_000).toISOString();
  const page = await getJson<{ items: { id: string }[] }>(api, `/api/events?kind=concert&from=${encodeURIComponent(from)}&limit=5`);
  const concert = page.items[0];
  if (!concert) throw new Error('the demo has no concert');
  const detail = await getJson<{ zones: ZoneView[] }>(api, `/api/events/${concert.id}`);
  const zone = detail.zones.find((candidate) => candidate.kind === 'general_admission' && candidate.priceMinor !== null);
  if (!zone || zone.priceMinor === null) throw new Error('the concert sells no general-admission zone');
  return { eventId: concert.id, zoneId: zone.id, priceMinor: zone.priceMinor };
}

export interface SubmittedRequest {
  id: string;
  bookingNumber: string;
  status: string;
  totalMinor: number;
  order: { id: string; status: string } | null;
}

/** A request sent as the demo client (`POST /api/requests` with the client's cookie and anti-forgery token). */
export async function submitAsClient(lines: unknown[]): Promise<{ request: SubmittedRequest; client: { api: APIRequestContext; csrf: Record<string, string> } }> {
  const client = await apiAs(...demo.client);
  const response = await client.api.post('/api/requests', { headers: client.csrf, data: { lines } });
  expect(response.status(), await response.text()).toBe(201);
  return { request: (await response.json()) as SubmittedRequest, client };
}

/** "13 500 ₽" as the Russian pages write it (a no-break space between thousands). */
export const rub = (minor: number): RegExp => new RegExp(`${new Intl.NumberFormat('ru-RU').format(minor / 100).replace(/\s/g, '\\s')}\\s₽`);
