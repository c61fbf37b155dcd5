import { conflict, unprocessable } from '../../../shared/errors.ts';
import type { TicketRow } from '../tables.ts';

// Whether a scanned ticket admits its bearer to an event (issue 5 item 6). Pure: the
// check-in runs it before its conditional update, and again after a lost race, so the
// gate that lost is told why.

export interface ScannedTicket {
  id: string;
  status: TicketRow['status'];
  admissions: readonly { eventId: string | null; checkedInAt: Date | null }[];
}

/**
 * Refuses a scan that must not admit: a cancelled or returned ticket (409), a ticket for
 * another event (422 `wrong_event`), one not yet issued (409 `ticket_not_issued`: its
 * code admits nobody until the box office hands it over), or one already admitted to this
 * event (409 `already_checked_in` with the time). `eventId` null: a visit with no event.
 */
export function assertAdmits(ticket: ScannedTicket, eventId: string | null): void {
  const extra = { ticketId: ticket.id, currentStatus: ticket.status };
  switch (ticket.status) {
    case 'cancelled':
      throw conflict('ticket_cancelled', 'This ticket was cancelled.', { extra });
    case 'returned':
      throw conflict('ticket_returned', 'This ticket was returned.', { extra });
    case 'active':
    case 'issued':
      break;
  }
  const admission = ticket.admissions.find((a) => a.eventId === eventId);
  if (!admission) {
    throw unprocessable('wrong_event', 'This ticket is not for this event.', {
      field: 'body.eventId',
      extra: { ...extra, eventIds: ticket.admissions.map((a) => a.eventId) },
    });
  }
  if (ticket.status === 'active') throw conflict('ticket_not_issued', 'This ticket has not been issued (paid for and handed over) yet.', { extra });
  if (admission.checkedInAt) {
    throw conflict('already_checked_in', 'This ticket has already been admitted to this event.', {
      extra: { ...extra, checkedInAt: admission.checkedInAt.toISOString() },
    });
  }
}
