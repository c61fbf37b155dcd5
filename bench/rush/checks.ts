import type { Sql } from './sql.ts';

// After a rush, in SQL: nothing held or sold twice, and every seat accounted for.

export interface SeatAccount {
  seats: number;
  free: number;
  held: number;
  sold: number;
  blocked: number;
  requests: number;
  violations: string[];
}

const count = async (sql: Sql, text: string, eventId: string): Promise<number> => {
  const [row] = await sql.query<{ n: number }>(text, [eventId]);
  return Number(row?.n ?? 0);
};

/** Checks one event's seats against its hall's, its requests and its tickets; `violations` lists what is wrong. */
export async function checkEvent(sql: Sql, eventId: string): Promise<SeatAccount> {
  // Fresh statistics first: right after a rush autovacuum may not have analysed the tables
  // yet, and with their start-of-run counts (a dozen held seats) the anti-joins below were
  // planned as nested loops over every request line: minutes instead of a second.
  await sql.query('analyze event_seats, requests, request_lines, tickets');
  const [c] = await sql.query<Record<'seats' | 'free' | 'held' | 'sold' | 'blocked', number>>(
    `select count(*)::int as seats, count(*) filter (where status = 'free')::int as free,
            count(*) filter (where status = 'held')::int as held, count(*) filter (where status = 'sold')::int as sold,
            count(*) filter (where status = 'blocked')::int as blocked
     from event_seats where event_id = $1`,
    [eventId],
  );
  const account: SeatAccount = { ...c!, requests: 0, violations: [] };
  const hallSeats = await count(sql, `select count(*)::int as n from seats s join events e on e.hall_id = s.hall_id where e.id = $1`, eventId);
  const fail = (n: number, what: string) => n !== 0 && account.violations.push(`${n} ${what}`);
  if (account.free + account.held + account.sold + account.blocked !== account.seats || account.seats !== hallSeats) {
    account.violations.push(`free ${account.free} + held ${account.held} + sold ${account.sold} + blocked ${account.blocked} ≠ the hall's ${hallSeats} seats`);
  }
  account.requests = await count(sql, `select count(distinct l.request_id)::int as n from request_lines l where l.event_id = $1`, eventId);
  fail(
    await count(sql, `select count(*)::int as n from (
        select s.seat_id from request_lines l join requests r on r.id = l.request_id, unnest(l.seat_ids) s(seat_id)
        where l.event_id = $1 and l.status = 'active' and r.status <> 'rejected' group by s.seat_id having count(*) > 1) twice`, eventId),
    'seats claimed by two request lines',
  );
  fail(
    await count(sql, `select count(*)::int as n from event_seats es
        left join (select hold_id, count(*) as n from requests group by hold_id) r on r.hold_id = es.hold_id
        where es.event_id = $1 and es.status in ('held', 'sold') and coalesce(r.n, 0) <> 1`, eventId),
    'held or sold seats whose hold is not exactly one request',
  );
  fail(
    await count(sql, `select count(*)::int as n from event_seats es join requests r on r.hold_id = es.hold_id
        where es.event_id = $1 and es.status in ('held', 'sold') and not exists (
          select 1 from request_lines l where l.request_id = r.id and l.event_id = es.event_id and l.status = 'active' and es.seat_id = any(l.seat_ids))`, eventId),
    'held or sold seats that their request does not list',
  );
  fail(
    await count(sql, `select (select count(*) from request_lines l join requests r on r.id = l.request_id, unnest(l.seat_ids)
          where l.event_id = $1 and l.status = 'active' and r.status <> 'rejected')
        - (select count(*) from event_seats where event_id = $1 and status in ('held', 'sold')) as n`, eventId),
    'more (or fewer) seats in request lines than held or sold',
  );
  fail(
    await count(sql, `select count(*)::int as n from (select seat_id from tickets where event_id = $1 and status <> 'cancelled' and seat_id is not null
        group by seat_id having count(*) > 1) twice`, eventId),
    'seats with two live tickets',
  );
  return account;
}
