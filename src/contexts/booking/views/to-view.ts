import type { HistoryEntry, OrderSummary, RequestLineView, RequestView, TicketView } from '../contracts.ts';
import { orderStatusLabels, paymentStatusLabels, requestStatusLabels, statusLabel } from '../status-labels.ts';
import type { HistoryRow, OrderRow, RequestLineRow, RequestRow, TicketRow } from '../tables.ts';
import type { StoredPricedLine } from '../requests/stored-line.ts';

// Rows to the API's shapes. Pure; every view of the context goes through here, so a
// client, an operator and an idempotent retry see a request the same way.

export function toLineView(row: RequestLineRow): RequestLineView {
  const priced = row.priced as unknown as StoredPricedLine;
  return {
    id: row.id,
    lineNo: row.lineNo,
    status: row.status,
    refusedReason: row.refusedReason,
    kind: priced.kind,
    description: priced.description ?? null,
    eventId: row.eventId,
    serviceId: row.serviceId,
    zoneId: row.zoneId,
    seatIds: row.seatIds,
    quantity: row.quantity,
    unitPriceMinor: priced.unitPriceMinor,
    amountMinor: row.amountMinor,
    currency: priced.currency,
    factors: priced.factors as RequestLineView['factors'],
    priceOverride: priced.priceOverride ?? null,
    choice: row.choice,
  };
}

export function toOrderSummary(order: OrderRow): OrderSummary {
  return {
    id: order.id,
    bookingNumber: order.bookingNumber,
    status: order.status,
    statusLabel: orderStatusLabels[order.status],
    paymentStatus: order.paymentStatus,
    paymentStatusLabel: paymentStatusLabels[order.paymentStatus],
    currency: order.currency,
    totalMinor: order.totalMinor,
    paidMinor: order.paidMinor,
    confirmDeadline: order.confirmDeadline?.toISOString() ?? null,
    confirmedAt: order.confirmedAt?.toISOString() ?? null,
    reason: order.reason,
    createdAt: order.createdAt.toISOString(),
  };
}

export function toRequestHeader(request: RequestRow): Omit<RequestView, 'lines' | 'order'> {
  return {
    id: request.id,
    bookingNumber: request.bookingNumber,
    clientId: request.clientId,
    status: request.status,
    statusLabel: requestStatusLabels[request.status],
    currency: request.currency,
    totalMinor: request.totalMinor,
    heldUntil: request.heldUntil.toISOString(),
    reason: request.reason,
    assignedTo: request.assignedTo,
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  };
}

export function toRequestView(request: RequestRow, lines: readonly RequestLineRow[], order: OrderRow | null): RequestView {
  return { ...toRequestHeader(request), lines: lines.map(toLineView), order: order ? toOrderSummary(order) : null };
}

export function toHistory(rows: readonly HistoryRow[]): HistoryEntry[] {
  return rows.map((row) => ({
    from: row.fromStatus,
    to: row.toStatus,
    toLabel: statusLabel(row.entity, row.toStatus),
    at: row.at.toISOString(),
    actorKind: row.actorKind,
    reason: row.reason,
  }));
}

export function toTicketView(
  ticket: TicketRow,
  admissions: readonly { eventId: string | null; seatId: string | null; checkedInAt: Date | null }[],
): TicketView {
  return {
    id: ticket.id,
    // The code admits its bearer: it is shown only once the ticket is issued (paid for).
    code: ticket.status === 'issued' ? ticket.code : null,
    status: ticket.status,
    statusLabel: statusLabel('ticket', ticket.status),
    eventId: ticket.eventId,
    serviceId: ticket.serviceId,
    zoneId: ticket.zoneId,
    seatId: ticket.seatId,
    placeNo: ticket.placeNo,
    unitNo: ticket.unitNo,
    priceMinor: ticket.priceMinor,
    currency: ticket.currency,
    admissions: admissions.map((a) => ({ eventId: a.eventId, seatId: a.seatId, checkedInAt: a.checkedInAt?.toISOString() ?? null })),
  };
}
