import { recordAudit } from '../../audit/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { notFound } from '../../../shared/errors.ts';
import { whoIs } from '../booking-actor.ts';
import { findOrder } from '../order-repository.ts';
import { assertAdmits } from './check-in-rules.ts';
import type { CheckInResult } from './contracts.ts';
import { admissionsOfTicket, admitOnce, findTicketByCode } from './ticket-repository.ts';

/**
 * Admits the bearer of a ticket code to an event, once: the admission is marked by one
 * conditional update, so of two gates scanning the same code at once exactly one admits
 * and the other is told `already_checked_in` with the time. Refusals: 404 for an unknown
 * code, and those of assertAdmits (returned, cancelled, not issued, another event).
 */
export async function checkInTicket(deps: AppDeps, actor: Actor, input: { code: string; eventId: string | null }): Promise<CheckInResult> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const ticket = await findTicketByCode(tx, input.code);
    if (!ticket) throw notFound('ticket_not_found', 'No ticket has this code.', { field: 'body.code' });
    assertAdmits({ ...ticket, admissions: await admissionsOfTicket(tx, ticket.id) }, input.eventId);
    const admitted = await admitOnce(tx, { ticketId: ticket.id, eventId: input.eventId, at: now, by: actor.userId });
    if (!admitted) {
      // Another gate (or a return) got there between the read and the update: say which.
      const fresh = (await findTicketByCode(tx, input.code)) ?? ticket;
      assertAdmits({ ...fresh, admissions: await admissionsOfTicket(tx, ticket.id) }, input.eventId);
      throw new Error(`ticket ${ticket.id} was neither admitted nor refused`);
    }
    const order = await findOrder(tx, ticket.orderId);
    await recordAudit(tx, {
      actor: whoIs(actor),
      action: 'ticket.checked_in',
      entity: 'ticket',
      entityId: ticket.id,
      after: { eventId: input.eventId, checkedInAt: now.toISOString(), bookingNumber: order?.bookingNumber ?? null },
    });
    return {
      admitted: true as const,
      ticketId: ticket.id,
      bookingNumber: order?.bookingNumber ?? '',
      eventId: input.eventId,
      zoneId: ticket.zoneId,
      seatId: ticket.seatId,
      placeNo: ticket.placeNo,
      checkedInAt: now.toISOString(),
    };
  });
}
