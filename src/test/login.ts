import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { demoLogins } from '../contexts/identity/index.ts';

export { demoLogins };

/** A logged-in session for `app.inject`: spread `headers` into a request to act as that user. */
export interface LoggedIn {
  cookie: string;
  csrfToken: string;
  headers: { cookie: string; 'x-csrf-token': string };
  userId: string;
}

export interface RegisteredClient extends LoggedIn {
  clientId: string;
  clientCode: string;
  email: string;
  password: string;
}

function sessionOf(response: LightMyRequestResponse, what: string): LoggedIn {
  if (response.statusCode >= 300) throw new Error(`${what} failed: ${response.statusCode} ${response.body}`);
  const sid = response.cookies.find((c) => c.name === 'sid');
  if (!sid) throw new Error(`${what} set no sid cookie`);
  const body = response.json() as { csrfToken: string; actor: { userId: string } };
  const cookie = `sid=${sid.value}`;
  return { cookie, csrfToken: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken }, userId: body.actor.userId };
}

/** Logs in (client code, email or staff login) and returns the cookie and anti-forgery token. */
export async function loginAs(app: FastifyInstance, login: string, password: string): Promise<LoggedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  return sessionOf(response, `login as ${login}`);
}

/** Logs in as the demo user of a role (needs an app on the 'demo' template). */
export const loginAsDemo = (app: FastifyInstance, role: keyof typeof demoLogins): Promise<LoggedIn> =>
  loginAs(app, demoLogins[role].login, demoLogins[role].password);

let counter = 0;

/** A valid registration body with a unique client code and email; override any field. */
export function registrationBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  const code = `tc${process.pid}x${counter}x${Math.random().toString(36).slice(2, 7)}`;
  return {
    fullName: 'Смирнова Ольга Петровна',
    phone: '8 (912) 345-67-89',
    email: `${code}@example.com`,
    document: { type: 'passport_ru', series: '4512', number: '345678' },
    clientCode: code,
    password: 'violet-harbour-42',
    personalDataConsent: true,
    notifications: { email: true, sms: true, messenger: false, news: false },
    messenger: null,
    ...overrides,
  };
}

/** Registers a new client (logged in) with a valid body; override any registration field. */
export async function registerClient(app: FastifyInstance, overrides: Record<string, unknown> = {}): Promise<RegisteredClient> {
  const body = registrationBody(overrides);
  const response = await app.inject({ method: 'POST', url: '/api/auth/register', payload: body });
  const session = sessionOf(response, 'registration');
  return {
    ...session,
    clientId: (response.json() as { clientId: string }).clientId,
    clientCode: String(body.clientCode),
    email: String(body.email),
    password: String(body.password),
  };
}
