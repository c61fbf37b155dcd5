import type { Db } from '../../../server/db/types.ts';
import type { OrderDetail } from '../contracts.ts';
import { historyOf } from '../history-repository.ts';
import { admissionsOf, ticketsOf } from '../order-repository.ts';
import type { OrderRow } from '../tables.ts';
import { toHistory, toOrderSummary, toTicketView } from './to-view.ts';

/** An order with its tickets (and what each admits to) and its status history. */
export async function loadOrderDetail(db: Db, order: OrderRow): Promise<OrderDetail> {
  const tickets = await ticketsOf(db, [order.id]);
  const admissions = await admissionsOf(db, tickets.map((t) => t.id));
  const history = await historyOf(db, 'order', [order.id]);
  return {
    ...toOrderSummary(order),
    requestId: order.requestId,
    tickets: tickets.map((ticket) => toTicketView(ticket, admissions.filter((a) => a.ticketId === ticket.id))),
    history: toHistory(history),
  };
}
