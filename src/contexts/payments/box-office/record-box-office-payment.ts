import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { auditActorOf } from '../../identity/index.ts';
import type { BoxOfficePaymentBody, OrderPaymentResult } from '../contracts.ts';
import { boxOfficeAccount } from '../ledger/system-accounts.ts';
import { runIdempotent, type IdempotentResult } from '../shared/idempotency.ts';
import { lockOrderForPayment } from '../shared/order-access.ts';
import { assertWithinRemaining } from '../shared/payment-rules.ts';
import { takeOrderPayment } from '../shared/take-order-payment.ts';
import { toOrderPaymentState, toPaymentView } from '../shared/views.ts';

/**
 * A cashier takes money for an order at a point of sale (seed 001): any box-office kind, in
 * parts, never more than is left to pay; a confirmed order only. A retry with the same key
 * returns the first answer and takes nothing.
 */
export async function recordBoxOfficePayment(
  deps: AppDeps,
  actor: Actor,
  orderId: string,
  body: BoxOfficePaymentBody,
  meta: { requestId?: string } = {},
): Promise<IdempotentResult<OrderPaymentResult>> {
  const now = deps.clock.now();
  const { idempotencyKey, ...asked } = body;
  return deps.database.db.transaction((tx) =>
    runIdempotent(tx, { ownerId: actor.userId, key: idempotencyKey, request: { operation: 'box_office_payment', orderId, ...asked }, now }, async () => {
      const order = await lockOrderForPayment(tx, orderId);
      assertWithinRemaining(order, body.amountMinor);
      const taken = await takeOrderPayment(tx, {
        order,
        from: { account: boxOfficeAccount(body.kind) },
        kind: body.kind,
        amountMinor: body.amountMinor,
        pointOfSale: body.pointOfSale ?? null,
        note: body.note ?? null,
        actor: auditActorOf(actor),
        now,
        requestId: meta.requestId ?? null,
      });
      return { payment: toPaymentView(taken.payment, 'box_office'), order: toOrderPaymentState(taken.order) };
    }),
  );
}
