import { and, asc, eq, sql } from 'drizzle-orm';
import { mapRow } from '../../server/db/map-row.ts';
import { queryPrepared } from '../../server/db/prepared.ts';
import type { Db } from '../../server/db/types.ts';
import { type RequestLineRow, type RequestRow, requestLines, requests } from './tables.ts';

// The SQL of requests and their lines. Locks are taken by id, one row at a time.

export type NewRequest = typeof requests.$inferInsert;
export type NewRequestLine = Omit<typeof requestLines.$inferInsert, 'requestId'>;

/**
 * Inserts the request with its lines, in one statement, unless its booking number is
 * taken (then null, and nothing is written: draw another). A reused idempotency key is
 * not absorbed: it fails the statement (23505), and the caller answers with the first
 * submission. The rows come back as Drizzle's own queries give them.
 */
export async function insertRequestWithLines(
  db: Db,
  row: Omit<NewRequest, 'id' | 'assignedTo' | 'reason'>,
  lines: readonly NewRequestLine[],
): Promise<{ request: RequestRow; lines: RequestLineRow[] } | null> {
  const lineRows = lines.map((line) => ({
    line_no: line.lineNo, event_id: line.eventId ?? null, service_id: line.serviceId ?? null, zone_id: line.zoneId ?? null,
    seat_ids: line.seatIds ?? [], quantity: line.quantity, choice: line.choice, priced: line.priced, amount_minor: line.amountMinor,
  }));
  const at = (date: Date | undefined) => (date ?? new Date()).toISOString();
  const [inserted] = await queryPrepared<{ request: Record<string, unknown>; lines: Record<string, unknown>[] | null }>(
    db,
    sql`
      with new_request as (
        insert into requests (booking_number, client_id, status, idempotency_key, idempotency_fingerprint, currency, total_minor,
                              hold_id, held_until, contract_id, created_at, updated_at)
        values (${row.bookingNumber}, ${row.clientId}::uuid, ${row.status ?? 'not_processed'}, ${row.idempotencyKey ?? null},
                ${row.idempotencyFingerprint ?? null}, ${row.currency ?? 'RUB'}, ${row.totalMinor ?? 0}::bigint, ${row.holdId}::uuid,
                ${row.heldUntil.toISOString()}::timestamptz, ${row.contractId ?? null}::uuid, ${at(row.createdAt)}::timestamptz,
                ${at(row.updatedAt)}::timestamptz)
        on conflict (booking_number) do nothing
        returning *
      ), new_lines as (
        insert into request_lines (request_id, line_no, event_id, service_id, zone_id, seat_ids, quantity, choice, priced, amount_minor)
        select r.id, l.line_no, l.event_id, l.service_id, l.zone_id, l.seat_ids, l.quantity, l.choice, l.priced, l.amount_minor
        from new_request r cross join jsonb_to_recordset(${JSON.stringify(lineRows)}::jsonb) as l(
          line_no int, event_id uuid, service_id uuid, zone_id uuid, seat_ids uuid[], quantity int, choice jsonb, priced jsonb, amount_minor bigint)
        returning *
      )
      select to_jsonb(r) as request, (select jsonb_agg(to_jsonb(l) order by l.line_no) from new_lines l) as lines
      from new_request r`,
  );
  if (!inserted) return null;
  return { request: mapRow(requests, inserted.request), lines: (inserted.lines ?? []).map((line) => mapRow(requestLines, line)) };
}

/** Serialises submissions of one client with one idempotency key until the transaction ends. */
export async function lockIdempotencyKey(db: Db, clientId: string, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${clientId}:${key}`}, 0))`);
}

export async function findRequestByKey(db: Db, clientId: string, idempotencyKey: string): Promise<RequestRow | null> {
  const [row] = await db
    .select()
    .from(requests)
    .where(and(eq(requests.clientId, clientId), eq(requests.idempotencyKey, idempotencyKey)));
  return row ?? null;
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.id, id));
  return row ?? null;
}

/** The request, locked until the transaction ends, so two operators never change it at once. */
export async function lockRequest(db: Db, id: string): Promise<RequestRow | null> {
  const [row] = await db.select().from(requests).where(eq(requests.id, id)).for('update');
  return row ?? null;
}

export async function linesOf(db: Db, requestId: string): Promise<RequestLineRow[]> {
  return db.select().from(requestLines).where(eq(requestLines.requestId, requestId)).orderBy(asc(requestLines.lineNo));
}

export async function updateRequest(db: Db, id: string, patch: Partial<NewRequest>): Promise<RequestRow> {
  const [row] = await db.update(requests).set(patch).where(eq(requests.id, id)).returning();
  if (!row) throw new Error(`request ${id} vanished while locked`);
  return row;
}

export async function updateLine(db: Db, id: string, patch: Partial<NewRequestLine>): Promise<RequestLineRow> {
  const [row] = await db.update(requestLines).set(patch).where(eq(requestLines.id, id)).returning();
  if (!row) throw new Error(`request line ${id} vanished while locked`);
  return row;
}

/** Marks lines refused, each with its reason. */
export async function refuseLines(db: Db, refusals: readonly { lineId: string; reason: string }[]): Promise<void> {
  for (const refusal of refusals) {
    await db.update(requestLines).set({ status: 'refused', refusedReason: refusal.reason }).where(eq(requestLines.id, refusal.lineId));
  }
}

/** Requests whose hold lapsed before anyone processed them, locked; others' locked rows are skipped. */
export async function claimExpiredRequests(db: Db, now: Date, limit: number): Promise<RequestRow[]> {
  return db
    .select()
    .from(requests)
    .where(and(sql`${requests.status} in ('not_processed', 'in_processing')`, sql`${requests.heldUntil} < ${now.toISOString()}::timestamptz`))
    .orderBy(asc(requests.heldUntil))
    .limit(limit)
    .for('update', { skipLocked: true });
}
