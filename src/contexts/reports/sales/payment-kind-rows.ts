import type { Bilingual } from '../../../shared/bilingual.ts';
import { sumMinor } from '../../../shared/money.ts';
import { paymentKindLabels } from '../../payments/index.ts';
import { salesPaymentKinds, type SalesPaymentKind } from '../contracts.ts';
import { type NetFigures, noSales, type SaleFigures, withNet } from '../shared/figures.ts';

// The rows of the sales-by-payment-kind report, in DOMAIN.md's order of kinds. Pure.
// The kinds' names are the payments context's own, so the report says what the receipt says.

export const unpaidSaleLabel: Bilingual = { ru: 'Выдано без оплаты (кредит по договору, бесплатно)', en: 'Issued unpaid (contract credit, free)' };

export interface PaymentMoney {
  receivedMinor: number;
  paymentsCount: number;
  refundedMinor: number;
  refundsCount: number;
}

export interface PaymentKindRow extends NetFigures, PaymentMoney {
  paymentKind: SalesPaymentKind | null;
  label: Bilingual;
  netReceivedMinor: number;
}

const noMoney: PaymentMoney = { receivedMinor: 0, paymentsCount: 0, refundedMinor: 0, refundsCount: 0 };

const rowOf = (paymentKind: SalesPaymentKind | null, label: Bilingual, figures: SaleFigures, money: PaymentMoney): PaymentKindRow => ({
  paymentKind,
  label,
  ...withNet(figures),
  ...money,
  netReceivedMinor: sumMinor([money.receivedMinor, -money.refundedMinor]),
});

/**
 * One row per payment kind, every kind listed (a chart shows the ones that took nothing),
 * and a last row for tickets that were sold without a payment, only when there are some.
 */
export function paymentKindRows(tickets: ReadonlyMap<SalesPaymentKind | null, SaleFigures>, money: ReadonlyMap<SalesPaymentKind, PaymentMoney>): PaymentKindRow[] {
  const rows = salesPaymentKinds.map((kind) => rowOf(kind, paymentKindLabels[kind], tickets.get(kind) ?? noSales, money.get(kind) ?? noMoney));
  const unpaid = tickets.get(null);
  return unpaid ? [...rows, rowOf(null, unpaidSaleLabel, unpaid, noMoney)] : rows;
}

/** The totals of the payment-kind rows: tickets and money both. */
export function paymentKindTotals(rows: readonly PaymentKindRow[]): NetFigures & PaymentMoney & { netReceivedMinor: number } {
  const sum = (pick: (row: PaymentKindRow) => number) => sumMinor(rows.map(pick));
  const money: PaymentMoney = {
    receivedMinor: sum((row) => row.receivedMinor),
    paymentsCount: sum((row) => row.paymentsCount),
    refundedMinor: sum((row) => row.refundedMinor),
    refundsCount: sum((row) => row.refundsCount),
  };
  const figures = withNet({ ticketsSold: sum((r) => r.ticketsSold), soldMinor: sum((r) => r.soldMinor), ticketsReturned: sum((r) => r.ticketsReturned), returnedMinor: sum((r) => r.returnedMinor) });
  return { ...figures, ...money, netReceivedMinor: sumMinor([money.receivedMinor, -money.refundedMinor]) };
}
