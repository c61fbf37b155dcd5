import { type AuditActor, recordAudit } from '../../audit/index.ts';
import { enqueueNotification } from '../../notifications/index.ts';
import type { Config } from '../../../server/config.ts';
import type { Db } from '../../../server/db/types.ts';
import { recordStatusChanges } from '../history-repository.ts';
import { assertTransition } from '../order-state-machine.ts';
import { termsOfRequest } from '../orders/terms-of-request.ts';
import type { OrderRow, TicketRow } from '../tables.ts';
import { lockTicketsOfOrder, setTicketStatus } from '../tickets/ticket-repository.ts';
import { assertPaidFor, ticketsToIssue } from './issue-rules.ts';
import { settleOrder } from './settle-order.ts';
import { sellTicketUnits } from './ticket-inventory.ts';
import { priceOf } from './ticket-choice.ts';

export interface IssueInput {
  /** The tickets to hand over; every ticket still waiting when left out. */
  ticketIds?: readonly string[] | undefined;
  who: AuditActor;
  now: Date;
}

/** The link the client's message carries to their tickets (the PDF, behind their login). */
export function ticketsUrl(config: Pick<Config, 'PUBLIC_BASE_URL'>, orderId: string): string {
  return new URL(`/api/my/orders/${orderId}/tickets.pdf`, config.PUBLIC_BASE_URL).toString();
}

/**
 * Issues tickets of an order the caller has locked, in the caller's transaction: only
 * tickets waiting to be issued, only as many as are paid for; their seats, places and
 * units are sold (ADR 0007), the order becomes partially_issued or issued, and the change
 * is recorded (history, audit) and announced ('tickets_issued'). 409 with the current
 * status for an order not confirmed, returned or cancelled.
 */
export async function issueOrderTickets(
  tx: Db,
  config: Pick<Config, 'PUBLIC_BASE_URL'>,
  order: OrderRow,
  input: IssueInput,
): Promise<{ order: OrderRow; issued: TicketRow[] }> {
  const { who, now } = input;
  assertTransition(order.status, 'issued');
  const tickets = await lockTicketsOfOrder(tx, order.id);
  const chosen = ticketsToIssue(tickets, input.ticketIds);
  const coverage = { paidMinor: order.paidMinor, issuedMinor: priceOf(tickets.filter((t) => t.status === 'issued')), requestedMinor: priceOf(chosen) };
  assertPaidFor(coverage);
  const sold = await sellTicketUnits(tx, order, chosen, now);
  const ids = chosen.map((t) => t.id);
  await setTicketStatus(tx, ids, 'issued', now);
  const settled = await settleOrder(tx, order, { who, now, reason: 'tickets_issued' });
  await recordStatusChanges(tx, who, now, ids.map((id) => ({ entity: 'ticket' as const, entityId: id, from: 'active', to: 'issued' })));
  await recordAudit(tx, {
    actor: who,
    action: 'order.tickets_issued',
    entity: 'order',
    entityId: order.id,
    before: { status: order.status },
    after: { status: settled.status, ticketIds: ids, issuedMinor: coverage.issuedMinor + coverage.requestedMinor, paidMinor: order.paidMinor, unitsSold: sold },
  });
  const about = (await termsOfRequest(tx, order.requestId)).about;
  await enqueueNotification(tx, {
    topic: 'tickets_issued',
    clientId: order.clientId,
    requestId: order.requestId,
    orderId: order.id,
    bookingNumber: order.bookingNumber,
    data: {
      clientName: '',
      bookingNumber: order.bookingNumber,
      timeZone: about.timeZone,
      event: { title: about.title, venue: about.venue, startsAt: (about.startsAt ?? now).toISOString() },
      ticketCount: ids.length,
      ticketsUrl: ticketsUrl(config, order.id),
    },
  });
  return { order: settled, issued: chosen };
}
