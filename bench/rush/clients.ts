import type { Agent } from 'node:http';
import { type Answer, json, send, type Session } from './http.ts';
import type { Server } from './servers.ts';
import type { Sql } from './sql.ts';

// The rush's clients: one registered through the API, the rest copied from it in SQL
// (registration hashes a password with argon2: 20,000 of them would take minutes),
// then every one logged in through POST /api/auth/login, so each has a real session.

export const PASSWORD = 'rush-hour-password-42';
const PREFIX = 'rush';

export async function registerTemplateClient(agent: Agent, server: Server): Promise<void> {
  const answer = await send(agent, server.port, 'POST', '/api/auth/register', {
    body: JSON.stringify({
      fullName: 'Быстрова Анна Сергеевна',
      phone: '+79123456789',
      email: `${PREFIX}0@bench.example`,
      document: { type: 'passport_ru', series: '4512', number: '345678' },
      clientCode: `${PREFIX}0`,
      password: PASSWORD,
      personalDataConsent: true,
    }),
  });
  // A kept database (BENCH_DATABASE_URL) already has it from an earlier run.
  if (answer.status === 409 && answer.body?.includes('client_code_taken')) return;
  if (answer.status !== 201) throw new Error(`registration: HTTP ${answer.status} ${answer.body}`);
}

/** Clients rush1..rushN with the template's password hash and (encrypted) document. */
export async function copyClients(sql: Sql, count: number): Promise<void> {
  await sql.query(
    `with template as (
       select u.password_hash, c.phone, c.document_type, c.document_ciphertext, c.document_masked
       from users u join clients c on c.user_id = u.id where u.login = $1),
     added as (
       insert into users (kind, login, email, password_hash, roles, display_name)
       select 'client', $2 || g, $2 || g || '@bench.example', t.password_hash, array['client'], 'Rush client ' || g
       from template t, generate_series(1, $3::int) g
       on conflict (login) do nothing
       returning id)
     insert into clients (user_id, full_name, phone, document_type, document_ciphertext, document_masked, personal_data_consent_at)
     select a.id, 'Rush client', t.phone, t.document_type, t.document_ciphertext, t.document_masked, now()
     from added a, template t`,
    [`${PREFIX}0`, PREFIX, count],
  );
}

/** Logs clients rush0..rush(N-1) in, `parallel` at a time, spread over the servers. */
export async function logInClients(agent: Agent, servers: readonly Server[], count: number, parallel = 8): Promise<Session[]> {
  const sessions: Session[] = new Array<Session>(count);
  let next = 0;
  const worker = async (w: number) => {
    for (let i = next++; i < count; i = next++) {
      const server = servers[(w + i) % servers.length]!;
      const answer = await send(agent, server.port, 'POST', '/api/auth/login', { body: JSON.stringify({ login: `${PREFIX}${i}`, password: PASSWORD }) });
      sessions[i] = sessionOf(answer);
    }
  };
  await Promise.all(Array.from({ length: parallel }, (_, w) => worker(w)));
  return sessions;
}

function sessionOf(answer: Answer): Session {
  if (answer.status !== 200) throw new Error(`login: HTTP ${answer.status} ${answer.body}`);
  const cookies = [answer.headers['set-cookie'] ?? []].flat();
  const sid = cookies.map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('sid='));
  if (!sid) throw new Error('login set no sid cookie');
  return { cookie: sid, csrfToken: json<{ csrfToken: string }>(answer).csrfToken };
}
