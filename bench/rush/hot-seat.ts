import { json, keepAliveAgent, send, type Session } from './http.ts';
import type { Server } from './servers.ts';
import { bestZones, type Stadium } from './stadium.ts';
import type { Sql } from './sql.ts';

// The hot seats: `clients` clients at once, each on its own connection, ask for one of
// `seats` seats of the best sector (each seat wanted by clients/seats of them). Exactly
// `seats` must win, each seat once; every other answer must be 409 seats_taken.

export interface HotSeatResult {
  clients: number;
  seats: number;
  won: number;
  taken409: number;
  other: Map<string, number>;
  seatsWonTwice: number;
  seconds: number;
  /** What the database says: seats of the set held, and request lines naming one of them. */
  heldInDatabase: number;
  linesInDatabase: number;
  violations: string[];
}

export async function hotSeats(sql: Sql, servers: readonly Server[], stadium: Stadium, sessions: readonly Session[], clients: number, seatCount: number): Promise<HotSeatResult> {
  const zone = stadium.zones[bestZones(stadium, 0.01)[0]!]!;
  const seatIds = [...zone.ordinals.slice(0, seatCount)].map((o) => stadium.seatIds[o]!);
  const agents = servers.map(() => keepAliveAgent(Math.ceil(clients / servers.length)));
  const winners = new Map<string, number>();
  const other = new Map<string, number>();
  let taken409 = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      const seatId = seatIds[i % seatIds.length]!;
      const s = i % servers.length;
      const body = `{"lines":[{"eventId":"${stadium.eventId}","seatIds":["${seatId}"]}]}`;
      try {
        const answer = await send(agents[s]!, servers[s]!.port, 'POST', '/api/requests', { body, session: sessions[i % sessions.length]! });
        const code = answer.status === 201 ? '' : (json<{ code?: string }>(answer)?.code ?? '');
        if (answer.status === 201) winners.set(seatId, (winners.get(seatId) ?? 0) + 1);
        else if (answer.status === 409 && code === 'seats_taken') taken409 += 1;
        else other.set(`${answer.status} ${code}`, (other.get(`${answer.status} ${code}`) ?? 0) + 1);
      } catch (error) {
        other.set(`network ${(error as Error).message}`, (other.get(`network ${(error as Error).message}`) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  for (const agent of agents) agent.destroy();
  const [db] = await sql.query<{ held: number; lines: number }>(
    `select (select count(*)::int from event_seats where event_id = $1 and seat_id = any($2::uuid[]) and status = 'held') as held,
            (select count(*)::int from request_lines l, unnest(l.seat_ids) s(seat_id)
              where l.event_id = $1 and l.status = 'active' and s.seat_id = any($2::uuid[])) as lines`,
    [stadium.eventId, seatIds],
  );
  const won = [...winners.values()].reduce((a, b) => a + b, 0);
  const result: HotSeatResult = {
    clients, seats: seatCount, won, taken409, other, seconds,
    seatsWonTwice: [...winners.values()].filter((n) => n > 1).length,
    heldInDatabase: db?.held ?? -1, linesInDatabase: db?.lines ?? -1, violations: [],
  };
  if (won !== seatCount) result.violations.push(`${won} seats won, expected exactly ${seatCount}`);
  if (winners.size !== seatCount || result.seatsWonTwice > 0) result.violations.push(`${winners.size} distinct seats won, ${result.seatsWonTwice} of them twice`);
  if (taken409 !== clients - seatCount) result.violations.push(`${taken409} answers 409 seats_taken, expected ${clients - seatCount}`);
  if (result.heldInDatabase !== seatCount || result.linesInDatabase !== seatCount) {
    result.violations.push(`database: ${result.heldInDatabase} of the seats held, ${result.linesInDatabase} request lines name them; expected ${seatCount} and ${seatCount}`);
  }
  return result;
}
