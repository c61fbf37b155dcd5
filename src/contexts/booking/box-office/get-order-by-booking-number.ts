import type { Db } from '../../../server/db/types.ts';
import { badRequest, notFound } from '../../../shared/errors.ts';
import { isValidBookingNumber, normaliseBookingNumber } from '../booking-number.ts';
import type { StaffOrderDetail } from '../staff-orders/contracts.ts';
import { loadStaffOrderDetail } from '../staff-orders/load-staff-order-detail.ts';
import { findOrderByBookingNumber } from '../staff-orders/staff-order-repository.ts';

/**
 * The order a client names at the box office, by its booking number as typed (spaces,
 * dashes, lower case and Cyrillic look-alikes forgiven): 400 `booking_number_invalid`
 * when the check character shows a typo, 404 when no order has that number.
 */
export async function getOrderByBookingNumber(db: Db, typed: string): Promise<StaffOrderDetail> {
  const field = 'params.bookingNumber';
  const bookingNumber = normaliseBookingNumber(typed);
  if (!isValidBookingNumber(bookingNumber)) {
    throw badRequest('booking_number_invalid', 'This is not a booking number: check it for a typo.', { field });
  }
  const order = await findOrderByBookingNumber(db, bookingNumber);
  if (!order) throw notFound('order_not_found', 'No order has this booking number (its request may not be processed yet).', { field, extra: { bookingNumber } });
  return loadStaffOrderDetail(db, order);
}
