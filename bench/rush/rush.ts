import { type Answer, json, keepAliveAgent, send, type Session } from './http.ts';
import { decodeBits, SeatView } from './seat-view.ts';
import type { Server } from './servers.ts';
import { bestZones, type Stadium } from './stadium.ts';
import { bump, newTally, type Tally } from './stats.ts';

// The rush: `connections` keep-alive connections spread over the servers, each sending
// POST /api/requests for one client after another until the stadium is sold out.

export interface RushOptions {
  connections: number;
  /** Share of requests aimed at the best sectors while they have seats (0.7). */
  bestShare: number;
  /** Share of sectors that are "best" (0.1). */
  bestZoneShare: number;
  /** How often the generator re-reads GET /api/events/:id/availability, in ms. */
  refreshMs: number;
  /** Stop after this many seconds even if seats are left (a safety net). */
  maxSeconds: number;
  /** Stop after this many submissions (a warm-up). */
  maxRequests?: number;
}

interface Problem {
  code?: string;
  takenSeats?: { eventId: string; seatId: string }[];
}

export async function rush(servers: readonly Server[], stadium: Stadium, sessions: readonly Session[], options: RushOptions): Promise<Tally> {
  const view = new SeatView(stadium, bestZones(stadium, options.bestZoneShare), options.bestShare);
  const ordinalOf = new Map(stadium.seatIds.map((id, ordinal) => [id, ordinal]));
  const agents = servers.map(() => keepAliveAgent(Math.ceil(options.connections / servers.length)));
  const tally = newTally();
  let nextClient = 0;
  let inFlight = 0;
  let stop = false;
  const deadline = tally.startedAt + options.maxSeconds * 1000;
  const maxRequests = options.maxRequests ?? Number.POSITIVE_INFINITY;

  const refresher = setInterval(() => {
    void send(agents[0]!, servers[0]!.port, 'GET', `/api/events/${stadium.eventId}/availability`)
      .then((answer) => answer.status === 200 && view.mergeAvailability(decodeBits(json<{ seats: string }>(answer).seats)))
      .catch(() => {});
  }, options.refreshMs);

  const settle = (answer: Answer, seats: readonly number[]) => {
    tally.latencies.push(answer.ms);
    if (answer.status === 201) {
      tally.created += 1;
      tally.seatsWon += seats.length;
      tally.lastWinAt = performance.now();
      for (const o of seats) view.markTaken(o);
    } else if (answer.status === 409) {
      const problem = json<Problem>(answer);
      if (problem.code === 'seats_taken') tally.taken409 += 1;
      else bump(tally.other4xx, `409 ${problem.code}`);
      for (const seat of problem.takenSeats ?? []) view.markTaken(ordinalOf.get(seat.seatId) ?? -1);
    } else if (answer.status >= 500) {
      bump(tally.server5xx, `${answer.status} ${json<Problem>(answer)?.code ?? ''}`);
    } else {
      bump(tally.other4xx, `${answer.status} ${json<Problem>(answer)?.code ?? ''}`);
    }
  };

  const connection = async (c: number) => {
    const server = servers[c % servers.length]!;
    const agent = agents[c % servers.length]!;
    while (!stop) {
      const seats = view.pick();
      if (!seats) {
        if (inFlight === 0) stop = true;
        else await new Promise((done) => setTimeout(done, 1));
        continue;
      }
      if (performance.now() > deadline || nextClient >= maxRequests) break;
      const session = sessions[nextClient++ % sessions.length]!;
      const body = `{"lines":[{"eventId":"${stadium.eventId}","seatIds":${JSON.stringify(seats.map((o) => stadium.seatIds[o]))}}]}`;
      inFlight += 1;
      try {
        settle(await send(agent, server.port, 'POST', '/api/requests', { body, session, read: (status) => status !== 201 }), seats);
      } catch {
        tally.network += 1;
      } finally {
        inFlight -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, c) => connection(c)));
  tally.endedAt = performance.now();
  clearInterval(refresher);
  for (const agent of agents) agent.destroy();
  return tally;
}
