// The payments context: internal accounts with linked cards, the double-entry ledger,
// box-office payments, paying online, contract balances, refunds and statements.
// The only door other contexts (and the server wiring) use.
import type { ContextModule } from '../../server/contexts.ts';
import { paymentsRoutes } from './routes.ts';

export const paymentsModule: ContextModule = { name: 'payments', routes: paymentsRoutes };

export { refundOrderPayments, type OrderRefund, type RefundResult } from './refunds/refund-order-payments.ts';
export { linkCard, type LinkCardInput } from './cards/link-card.ts';
export { checkLedger, type LedgerCheckReport } from './ledger/check-ledger.ts';
export { paymentKindLabels } from './shared/labels.ts';
export type { PaymentView, OrderPaymentState, AccountStatement, Movement, CardView } from './contracts.ts';
