import { expect, request, type APIRequestContext, type Locator, type Page } from '@playwright/test';

// What the end-to-end tests share: staff sessions through the API, demo data looked
// up through the public API, and the steps a user takes that several tests repeat.

export const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT}`;

/** A logged-in API session of a demo user, sending its anti-forgery token with writes. */
export async function apiAs(login: string, password: string): Promise<{ api: APIRequestContext; csrf: Record<string, string> }> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/auth/login', { data: { login, password } });
  expect(response.status(), await response.text()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { api, csrf: { 'x-csrf-token': csrfToken } };
}

export async function getJson<T>(api: APIRequestContext, path: string): Promise<T> {
  const response = await api.get(path);
  expect(response.status(), `${path}: ${await response.text()}`).toBe(200);
  return (await response.json()) as T;
}

/** Whether the running server documents a route (some parts of the API arrive later). */
export async function serverHasRoute(method: string, path: string): Promise<boolean> {
  const api = await request.newContext({ baseURL });
  const document = await getJson<{ paths: Record<string, Record<string, unknown>> }>(api, '/api/openapi.json');
  await api.dispose();
  return Boolean(document.paths[path]?.[method.toLowerCase()]);
}

interface EventSummary {
  id: string;
  title: string;
  kind: string;
  venue: { kind: string };
}

/** The first scheduled event of a kind that starts later than an hour from now (so its sales are open). */
export async function firstEvent(kind: string, venueKind?: string): Promise<EventSummary> {
  const api = await request.newContext({ baseURL });
  const from = new Date(Date.now() + 3_600_000).toISOString();
  const page = await getJson<{ items: EventSummary[] }>(api, `/api/events?kind=${kind}&from=${encodeURIComponent(from)}&limit=50`);
  await api.dispose();
  const event = page.items.find((item) => !venueKind || item.venue.kind === venueKind);
  if (!event) throw new Error(`the demo has no ${kind} event`);
  return event;
}

export async function serviceNamed(name: string): Promise<{ id: string; name: string }> {
  const api = await request.newContext({ baseURL });
  const page = await getJson<{ items: { id: string; name: string }[] }>(api, '/api/services?limit=100');
  await api.dispose();
  const service = page.items.find((item) => item.name.startsWith(name));
  if (!service) throw new Error(`the demo has no service "${name}"`);
  return service;
}

/** A Luhn-valid card number, different on every call. */
export function cardNumber(): string {
  const body = `4${String(Date.now()).slice(-10)}${String(Math.floor(Math.random() * 1e4)).padStart(4, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export const uniqueCode = (prefix: string): string => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/**
 * Picks the seat that the keyboard focus lands on after `arrows` presses of the right
 * arrow, by clicking it with the mouse where the map shows it. Returns its label.
 */
export async function clickSeatAfterArrows(page: Page, canvas: Locator, arrows: number): Promise<string> {
  await canvas.focus();
  for (let i = 0; i < arrows; i += 1) await page.keyboard.press('ArrowRight');
  const tooltip = page.getByTestId('seat-tooltip');
  await expect(tooltip).toBeVisible();
  const label = (await tooltip.textContent()) ?? '';
  const x = Number(await tooltip.getAttribute('data-x'));
  const y = Number(await tooltip.getAttribute('data-y'));
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + x, box.y + y);
  return label;
}

/** Fills the inline registration form with a fresh client. */
export async function registerInline(page: Page, clientCode: string): Promise<void> {
  await page.getByLabel('ФИО').fill('Иванова Мария Петровна');
  await page.getByLabel('Телефон').fill('+7 912 345-67-89');
  await page.getByRole('textbox', { name: 'Электронная почта' }).fill(`${clientCode}@example.com`);
  await page.getByLabel('Номер документа').fill('123456');
  await page.getByLabel('Серия документа').fill('4510');
  await page.getByLabel('Код клиента').fill(clientCode);
  await page.getByLabel(/^Пароль/).fill('correct horse battery staple');
  await page.getByLabel('Я согласен на обработку моих персональных данных').check();
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
}
