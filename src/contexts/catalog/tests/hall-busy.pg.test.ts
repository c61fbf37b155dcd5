import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { EventDetail } from '../contracts/events.ts';
import { createEvent } from '../events/create-event.ts';
import { managerChange, NOW, seedCatalog, type TestCatalog } from './catalog-fixtures.ts';

// Two managers booking one hall at the same moment: PostgreSQL's exclusion constraint
// events_no_overlap_in_hall lets exactly one through, and the other gets the same 409
// hall_busy the code check gives.

/** Resolves once `parties` callers have arrived. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return async () => {
    arrived += 1;
    if (arrived === parties) open();
    await opened;
  };
}

async function waitForLockWait(db: Db): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the second write never waited on the first');
}

describe('concurrent sessions in one hall (PostgreSQL)', () => {
  let t: TestApp;
  let db: Db;
  let c: TestCatalog;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    db = t.deps.database.db;
    c = await seedCatalog(db);
  });
  afterAll(async () => t.close());

  const session = (target: Db, startsAt: string) =>
    createEvent(target, managerChange(), { hallId: c.cinema.hall1, kind: 'film_session', filmId: c.films.cartoon, startsAt, sessionTypeIds: [c.cinema.standard], zonePrices: [], description: '' });

  it('lets exactly one of two racing overlapping sessions through, ten times over', async () => {
    for (let round = 0; round < 10; round += 1) {
      const day = String(10 + round);
      const bothReady = barrier(2);
      // Each racer runs in its own transaction and starts the use case only when both are in one.
      const race = (startsAt: string) =>
        db.transaction(async (tx) => {
          await tx.execute(sql`select pg_sleep(0.01)`);
          await bothReady();
          return session(tx, startsAt);
        });
      const results = await Promise.allSettled([race(`2025-07-${day}T10:00:00Z`), race(`2025-07-${day}T10:45:00Z`)]);
      const won = results.filter((r): r is PromiseFulfilledResult<EventDetail> => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost[0]?.reason, `round ${round}`).toMatchObject({ code: 'hall_busy', status: 409, extra: { conflictingEvent: { id: won[0]?.value.id } } });
    }
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from events where hall_id = ${c.cinema.hall1}`);
    expect(row?.n).toBe(10);
  });

  it('answers hall_busy when the constraint, not the code check, catches the overlap', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: (event: EventDetail) => void = () => undefined;
    const firstInserted = new Promise<EventDetail>((resolve) => {
      inserted = resolve;
    });
    // The first manager's session is written but not committed: the second's check cannot see it.
    const first = db.transaction(async (tx) => {
      const event = await session(tx, '2025-07-25T10:00:00Z');
      inserted(event);
      await held;
      return event;
    });
    const winner = await firstInserted;
    const second = session(db, '2025-07-25T11:00:00Z');
    const outcome = second.then(
      () => null,
      (error: unknown) => error,
    );
    await waitForLockWait(db);
    release();
    await first;
    expect(await outcome).toMatchObject({ code: 'hall_busy', status: 409, extra: { conflictingEvent: { id: winner.id, startsAt: '2025-07-25T10:00:00.000Z' } } });
  });
});
