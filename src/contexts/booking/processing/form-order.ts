import { type AuditActor, type AuditEntry, auditInsert } from '../../audit/index.ts';
import { outboxInsert } from '../../notifications/index.ts';
import { newId } from '../../../server/db/new-id.ts';
import type { Db } from '../../../server/db/types.ts';
import type { AppDeps } from '../../../server/deps.ts';
import { sumMinor } from '../../../shared/money.ts';
import { statusChangesInsert, type StatusChange } from '../history-repository.ts';
import { paymentStatus } from '../order-state-machine.ts';
import type { LineTarget, PricedLineData } from '../line-inventory.ts';
import { confirmationUrl } from '../orders/confirmation-link.ts';
import { type FormedOrder, insertOrderWithTickets } from '../order-repository.ts';
import { type HeldUnits, planTickets } from '../plan-tickets.ts';
import type { SaleTerms } from '../sale-terms-repository.ts';
import type { OrderRow, RequestLineRow, RequestRow } from '../tables.ts';
import { generateTicketCode } from '../ticket-code.ts';

export interface ActiveLine {
  row: RequestLineRow;
  target: LineTarget;
}

export interface FormOrderInput {
  request: RequestRow;
  /** The lines the order sells (refused ones left out). */
  lines: readonly ActiveLine[];
  /** The lines refused, for the client's message. */
  refused: readonly RequestLineRow[];
  held: HeldUnits;
  terms: SaleTerms;
  confirmDeadline: Date;
  actor: AuditActor;
  now: Date;
  /** Status changes of the same act (the request's own), written with the order's in one statement. */
  history?: readonly StatusChange[];
  /** Audit records of the same act (the request's own), written with the order's in one statement. */
  audit?: readonly AuditEntry[];
}

/**
 * Forms the order of a processed request (the one way an order is made, automatic or
 * manual): same booking number, the total of the active lines, one ticket per seat,
 * place, unit or service line with the line's price frozen on it, and the client asked
 * to confirm by the deadline. Runs in the caller's transaction.
 */
export async function formOrder(tx: Db, deps: Pick<AppDeps, 'config'>, input: FormOrderInput): Promise<OrderRow> {
  const { request, now } = input;
  const totalMinor = sumMinor(input.lines.map((line) => line.row.amountMinor));
  const plan = planTickets(
    input.lines.map((line) => ({
      lineId: line.row.id,
      priced: line.row.priced as unknown as PricedLineData,
      target: { ...line.target, zoneId: line.target.zoneId ?? line.row.zoneId },
    })),
    input.held,
    { id: newId, code: generateTicketCode },
  );
  // The id is chosen here, so the order, its tickets, history, audit and message are one statement.
  const orderId = newId();
  const bookingNumber = request.bookingNumber;
  const history = [...(input.history ?? []), { entity: 'order' as const, entityId: orderId, from: null, to: 'formed' }];
  const audit = [
    ...(input.audit ?? []),
    {
      actor: input.actor,
      action: 'order.formed',
      entity: 'order',
      entityId: orderId,
      after: { bookingNumber, totalMinor, tickets: plan.tickets.length, confirmDeadline: input.confirmDeadline },
    },
  ];
  const message = outboxInsert({
    topic: 'order_to_confirm',
    clientId: request.clientId,
    requestId: request.id,
    orderId,
    bookingNumber,
    data: {
      // The name is the notifications context's to fill from the client's contacts.
      clientName: '',
      bookingNumber,
      totalKopecks: totalMinor,
      confirmUrl: confirmationUrl(deps.config, orderId, input.confirmDeadline),
      confirmBy: input.confirmDeadline.toISOString(),
      timeZone: input.terms.about.timeZone,
      event: { title: input.terms.about.title, venue: input.terms.about.venue, startsAt: (input.terms.about.startsAt ?? now).toISOString() },
      refusedLines: input.refused.map((line) => ({ lineNo: line.lineNo, reason: line.refusedReason })),
    },
  });
  const order: FormedOrder = {
    id: orderId,
    requestId: request.id,
    bookingNumber,
    clientId: request.clientId,
    status: 'formed',
    currency: request.currency,
    totalMinor,
    // Nothing owed is paid at once (a free order); otherwise unpaid until the box office.
    paymentStatus: paymentStatus(totalMinor, 0),
    confirmDeadline: input.confirmDeadline,
    contractId: request.contractId,
    createdAt: now,
    updatedAt: now,
  };
  return insertOrderWithTickets(tx, order, plan.tickets, plan.admissions, [
    statusChangesInsert(input.actor, now, history),
    auditInsert(audit),
    message,
  ]);
}
