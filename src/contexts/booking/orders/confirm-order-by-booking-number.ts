import { findClientContacts } from '../../identity/index.ts';
import type { Db } from '../../../server/db/types.ts';
import { notFound } from '../../../shared/errors.ts';
import { normaliseBookingNumber } from '../booking-number.ts';
import { lockOrderByBookingNumber } from '../order-repository.ts';
import { type ConfirmedOrder, confirmOrder } from './confirm-order.ts';

/**
 * Confirms an order from the client's SMS answer ("ДА AB23CX"): only when the phone the
 * answer came from is the phone of the order's client (E.164, as identity keeps it).
 * Anything else is 404 'order_not_found', so a guessed number confirms nothing.
 * Runs in the caller's transaction (the notifications context's inbound handler).
 */
export async function confirmOrderByBookingNumber(tx: Db, bookingNumber: string, clientPhone: string, now: Date): Promise<ConfirmedOrder> {
  const order = await lockOrderByBookingNumber(tx, normaliseBookingNumber(bookingNumber));
  const client = order ? await findClientContacts(tx, order.clientId) : null;
  if (!order || !client || client.disabled || client.phone !== clientPhone.trim()) {
    throw notFound('order_not_found', 'There is no such order for this phone.', { field: 'bookingNumber' });
  }
  return confirmOrder(tx, order, { id: null, kind: 'client' }, now, 'sms');
}
