import { conflict } from '../../shared/errors.ts';

/*
 * The life of a request (заявка), seed 001. DOMAIN.md fixes four statuses:
 *
 *   from \ to        not_processed  in_processing  processed  rejected
 *   not_processed          -             yes          yes        yes
 *   in_processing         yes             -           yes        yes
 *   processed              -              -            -          -
 *   rejected               -              -            -          -
 *
 * not_processed -> in_processing: an operator takes the request;
 * not_processed -> processed:     the automatic rules accept it (all available, no approval needed);
 * not_processed -> rejected:      refused whole (by rules, or its hold expired: reason 'hold_expired');
 * in_processing -> processed | rejected: the operator decides (a partly refused request is
 *                                  processed, with the refused lines marked);
 * in_processing -> not_processed: the operator puts it back in the queue.
 * processed and rejected are final: what follows a processed request is its order's life.
 * There is no `expired` status: a hold that expires before processing rejects the request.
 */

export const requestStatuses = ['not_processed', 'in_processing', 'processed', 'rejected'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const requestTransitions: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  not_processed: ['in_processing', 'processed', 'rejected'],
  in_processing: ['processed', 'rejected', 'not_processed'],
  processed: [],
  rejected: [],
};

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return requestTransitions[from].includes(to);
}

/** Throws 409 `illegal_transition` (with the current status) unless the table allows `from -> to`. */
export function assertTransition(from: RequestStatus, to: RequestStatus): void {
  if (!canTransition(from, to)) {
    throw conflict('illegal_transition', `A request that is ${from} cannot become ${to}.`, { extra: { currentStatus: from, requested: to } });
  }
}

/** Whether nothing more can happen to the request itself. */
export function isFinalRequestStatus(status: RequestStatus): boolean {
  switch (status) {
    case 'processed':
    case 'rejected':
      return true;
    case 'not_processed':
    case 'in_processing':
      return false;
  }
}

/** Whether staff may still change the request's lines (seats, quantities, prices). */
export function isRequestOpen(status: RequestStatus): boolean {
  return !isFinalRequestStatus(status);
}
