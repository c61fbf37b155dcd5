import { describe, expect, it } from 'vitest';
import { paymentKindRows, paymentKindTotals } from './payment-kind-rows.ts';

const sold = (ticketsSold: number, soldMinor: number) => ({ ticketsSold, soldMinor, ticketsReturned: 0, returnedMinor: 0 });

describe('sales by payment kind', () => {
  it('lists every kind in DOMAIN order, with zeros where nothing was taken', () => {
    const rows = paymentKindRows(new Map([['card', sold(2, 90_000)]]), new Map([['card', { receivedMinor: 90_000, paymentsCount: 1, refundedMinor: 45_000, refundsCount: 1 }]]));
    expect(rows.map((row) => row.paymentKind)).toEqual(['cash', 'bank_transfer', 'card', 'receipt_order', 'internal_account']);
    expect(rows[2]).toMatchObject({ ticketsSold: 2, soldMinor: 90_000, receivedMinor: 90_000, refundedMinor: 45_000, netReceivedMinor: 45_000, label: { ru: 'Кредитная карта', en: 'Credit card' } });
    expect(rows[0]).toMatchObject({ ticketsSold: 0, receivedMinor: 0, netMinor: 0 });
  });

  it('adds a row for tickets sold without a payment only when there are some, and totals tickets and money', () => {
    const rows = paymentKindRows(new Map([[null, sold(1, 30_000)], ['cash', sold(1, 10_000)]]), new Map([['cash', { receivedMinor: 10_000, paymentsCount: 1, refundedMinor: 0, refundsCount: 0 }]]));
    expect(rows.at(-1)).toMatchObject({ paymentKind: null, ticketsSold: 1, receivedMinor: 0 });
    expect(paymentKindTotals(rows)).toMatchObject({ ticketsSold: 2, soldMinor: 40_000, receivedMinor: 10_000, paymentsCount: 1, netReceivedMinor: 10_000 });
  });
});
