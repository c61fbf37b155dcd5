import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../server/db/types.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoMatches, freeSeats, post } from './booking-fixtures.ts';
import { pay, staffCall } from './ticket-fixtures.ts';

// Gates scanning the same code at the same instant, each on its own connection:
// the conditional update admits exactly one, the others are told it was admitted.

const GATES = 12;

describe('two gates scanning one code at once', () => {
  let t: TestApp;
  let cashier: LoggedIn;
  let gates: LoggedIn[];

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo' });
    cashier = await loginAsDemo(t.app, 'cashier');
    gates = await Promise.all(Array.from({ length: GATES }, (_, i) => loginAsDemo(t.app, i % 2 === 0 ? 'operator' : 'cashier')));
  });
  afterAll(async () => t.close());

  it('admits exactly once', async () => {
    const client = await registerClient(t.app);
    const match = (await demoMatches(t.database.db))[0]!;
    const seats = await freeSeats(t.database.db, [match.id], 'A201', 1);
    const submitted = (await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: match.id, seatIds: seats }] })).json();
    const orderId = submitted.order.id as string;
    await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    await pay(t.app, cashier, orderId, 'cash', submitted.totalMinor);
    const ticket = (await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`)).json().tickets[0];

    for (let round = 0; round < 3; round += 1) {
      // The same race three times: the gate staff reset the admission between rounds.
      if (round > 0) await t.database.db.execute(sql`update ticket_admissions set checked_in_at = null, checked_in_by = null where ticket_id = ${ticket.id}`);
      const scans = await Promise.all(gates.map((gate) => staffCall(t.app, gate, 'POST', '/staff/check-in', { code: ticket.code, eventId: match.id })));
      const admitted = scans.filter((res) => res.statusCode === 200);
      expect(admitted).toHaveLength(1);
      const refused = scans.filter((res) => res.statusCode !== 200);
      expect(refused.map((res) => res.json().code)).toEqual(Array(GATES - 1).fill('already_checked_in'));
      expect(new Set(refused.map((res) => res.json().checkedInAt))).toEqual(new Set([admitted[0]!.json().checkedInAt]));
    }
    const audits = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_log where action = 'ticket.checked_in' and entity_id = ${ticket.id}`);
    expect(audits[0]!.n).toBe(3);
  });
});
