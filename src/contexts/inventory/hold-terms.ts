import { badRequest } from '../../shared/errors.ts';

/** Who holds (`holdId`, the booking's id for its hold), until when, and the time of the claim. */
export interface HoldTerms {
  holdId: string;
  heldUntil: Date;
  /** Holds whose deadline is before this are free to take. */
  now: Date;
}

/** A hold must end after the moment it is taken; anything else would be free on arrival. */
export function assertHoldTerms(terms: HoldTerms): void {
  if (!(terms.heldUntil.getTime() > terms.now.getTime())) {
    throw badRequest('hold_deadline_invalid', 'A hold must last beyond the moment it is taken.', { field: 'heldUntil' });
  }
}

/** A count the client asked for: a whole number of at least one. */
export function assertQuantity(quantity: number): void {
  if (!Number.isSafeInteger(quantity) || quantity < 1) {
    throw badRequest('quantity_invalid', 'The quantity must be a whole number of at least one.', { field: 'quantity' });
  }
}
