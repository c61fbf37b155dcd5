import type { BoxOfficeKind } from '../tables.ts';

// The fixed ids migration 0601 gives the system accounts: the other side of every movement.

const boxOffice: Record<BoxOfficeKind, string> = {
  cash: '00000000-0000-4000-8600-000000000001',
  bank_transfer: '00000000-0000-4000-8600-000000000002',
  card: '00000000-0000-4000-8600-000000000003',
  receipt_order: '00000000-0000-4000-8600-000000000004',
};

/** Where money taken (or given back) at a point of sale by this kind is booked. */
export const boxOfficeAccount = (kind: BoxOfficeKind) => ({ id: boxOffice[kind], kind: 'box_office' as const });

/** What clients have paid for orders, less refunds: the revenue side of every payment. */
export const ordersAccount = { id: '00000000-0000-4000-8600-000000000010', kind: 'orders' as const };

/** The other side of staff corrections. */
export const correctionsAccount = { id: '00000000-0000-4000-8600-000000000020', kind: 'corrections' as const };
