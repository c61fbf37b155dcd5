import type { Job } from '../../server/jobs.ts';
import { expireBookings } from './expiry/expire-bookings.ts';

/** Rejects lapsed requests, cancels unconfirmed orders, reminds before deadlines, frees expired holds. */
export const holdExpiryJob: Job = {
  name: 'booking-hold-expiry',
  intervalMs: 15_000,
  run: (deps) => expireBookings(deps, deps.clock.now()),
};
