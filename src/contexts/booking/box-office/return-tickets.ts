import { recordAudit } from '../../audit/index.ts';
import { enqueueNotification } from '../../notifications/index.ts';
import { refundOrderPayments } from '../../payments/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { whoIs } from '../booking-actor.ts';
import { recordStatusChanges } from '../history-repository.ts';
import { assertTransition, paymentStatus } from '../order-state-machine.ts';
import { admissionsOf, findOrder } from '../order-repository.ts';
import type { StaffOrderDetail } from '../staff-orders/contracts.ts';
import { loadStaffOrderDetail } from '../staff-orders/load-staff-order-detail.ts';
import { lockTicketsOfOrder, setTicketStatus } from '../tickets/ticket-repository.ts';
import type { ReturnBody } from './contracts.ts';
import { eventStarts, firstStart } from './event-starts.ts';
import { lockedOrder } from './locked-order.ts';
import { refundOfReturn, ticketsToReturn } from './return-rules.ts';
import { settleOrder } from './settle-order.ts';
import { priceOf } from './ticket-choice.ts';
import { putTicketUnitsBackOnSale } from './ticket-inventory.ts';

/**
 * Takes back some or all tickets of an order before their event starts: their seats go
 * back on sale, the money paid for them goes back (payments' refundOrderPayments, at the
 * frozen prices), the order's total drops to what the client keeps, and the order is
 * `returned` once nothing is left. One transaction: tickets, inventory, refund, history,
 * audit and the client's message ('order_returned').
 */
export async function returnTickets(deps: AppDeps, actor: Actor, orderId: string, body: ReturnBody): Promise<StaffOrderDetail> {
  const now = deps.clock.now();
  const who = whoIs(actor);
  return deps.database.db.transaction(async (tx) => {
    const order = await lockedOrder(tx, orderId);
    assertTransition(order.status, 'returned');
    const tickets = await lockTicketsOfOrder(tx, order.id);
    const admissions = await admissionsOf(tx, tickets.map((t) => t.id));
    const starts = await eventStarts(tx, admissions.flatMap((a) => (a.eventId ? [a.eventId] : [])));
    const returnable = tickets.map((ticket) => {
      const own = admissions.filter((a) => a.ticketId === ticket.id);
      return { ...ticket, firstStartsAt: firstStart(own.map((a) => a.eventId), starts), checkedIn: own.some((a) => a.checkedInAt !== null) };
    });
    const chosen = ticketsToReturn(returnable, body.ticketIds, { paidMinor: order.paidMinor, now });
    const returnedIds = new Set(chosen.map((t) => t.id));
    const returnedMinor = priceOf(chosen);
    const kept = tickets.filter((t) => (t.status === 'active' || t.status === 'issued') && !returnedIds.has(t.id));
    const keptMinor = priceOf(kept);
    const refundMinor = refundOfReturn({ paidMinor: order.paidMinor, returnedMinor, keptMinor });

    const freed = await putTicketUnitsBackOnSale(tx, order, chosen);
    await setTicketStatus(tx, [...returnedIds], 'returned', now);
    // A partial return lowers what the order costs to what the client keeps; the last one
    // leaves the total as it was, so a returned order still shows what it was worth.
    const totalMinor = kept.length === 0 ? order.totalMinor : order.totalMinor - returnedMinor;
    const settled = await settleOrder(tx, order, {
      who, now, reason: body.reason,
      patch: { totalMinor, paymentStatus: paymentStatus(totalMinor, order.paidMinor) },
    });
    await recordStatusChanges(tx, who, now, chosen.map((t) => ({ entity: 'ticket' as const, entityId: t.id, from: t.status, to: 'returned', reason: body.reason })));
    if (refundMinor > 0) await refundOrderPayments(tx, { orderId: order.id, amountMinor: refundMinor, reason: body.reason, actor: who, now });
    await recordAudit(tx, {
      actor: who,
      action: 'order.tickets_returned',
      entity: 'order',
      entityId: order.id,
      before: { status: order.status, totalMinor: order.totalMinor, paidMinor: order.paidMinor },
      after: { status: settled.status, totalMinor, ticketIds: [...returnedIds], returnedMinor, refundMinor, unitsBackOnSale: freed },
      reason: body.reason,
    });
    await enqueueNotification(tx, {
      topic: 'order_returned',
      clientId: order.clientId,
      requestId: order.requestId,
      orderId: order.id,
      bookingNumber: order.bookingNumber,
      data: { clientName: '', bookingNumber: order.bookingNumber, refundKopecks: refundMinor },
    });
    return loadStaffOrderDetail(tx, (await findOrder(tx, order.id)) ?? settled);
  });
}
