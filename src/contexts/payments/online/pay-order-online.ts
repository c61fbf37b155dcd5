import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { badRequest } from '../../../shared/errors.ts';
import { auditActorOf } from '../../identity/index.ts';
import { cardNumberHash } from '../cards/card-hash.ts';
import { normalizeCardNumber } from '../cards/card-number.ts';
import type { PayOnlineBody, PayOnlineResult } from '../contracts.ts';
import { runIdempotent, type IdempotentResult } from '../shared/idempotency.ts';
import { lockOwnOrder } from '../shared/order-access.ts';
import { remainingToPay } from '../shared/payment-rules.ts';
import { takeOrderPayment, type PaymentHooks } from '../shared/take-order-payment.ts';
import { toOrderPaymentState, toPaymentView } from '../shared/views.ts';
import { accountOfCard, accountOfContract } from './paying-source.ts';

/**
 * The client pays the rest of their order online (seed 001): from their internal account,
 * by the card number linked to it, or a corporate representative from the contract's
 * balance. Each refusal has its own code and moves nothing: order_not_found (not theirs),
 * order_not_payable, order_already_paid, card_not_found, insufficient_funds. A retry with
 * the same key returns the first answer and pays nothing more.
 */
export async function payOrderOnline(
  deps: AppDeps,
  actor: Actor,
  orderId: string,
  body: PayOnlineBody,
  options: { requestId?: string; hooks?: PaymentHooks } = {},
): Promise<IdempotentResult<PayOnlineResult>> {
  const now = deps.clock.now();
  const cardHash = body.source === 'account' ? cardNumberHash(deps.config, normalizeCardNumber(requiredCardNumber(body.cardNumber))) : null;
  // The card's HMAC, never its digits, goes into the stored fingerprint.
  const request = { operation: 'pay_online', orderId, source: body.source, cardHash, contractId: body.contractId };
  return deps.database.db.transaction((tx) =>
    runIdempotent(tx, { ownerId: actor.userId, key: body.idempotencyKey, request, now }, async () => {
      const order = await lockOwnOrder(tx, actor, orderId);
      const amountMinor = remainingToPay(order);
      const from = cardHash ? await accountOfCard(tx, actor, cardHash) : await accountOfContract(tx, actor, order, body.contractId, now);
      const taken = await takeOrderPayment(tx, {
        order,
        from,
        kind: 'internal_account',
        amountMinor,
        actor: auditActorOf(actor),
        now,
        requestId: options.requestId ?? null,
        ...(options.hooks ? { hooks: options.hooks } : {}),
      });
      return {
        payment: toPaymentView(taken.payment, from.account.kind),
        order: toOrderPaymentState(taken.order),
        balanceAfterMinor: taken.balanceAfterMinor ?? 0,
      };
    }),
  );
}

function requiredCardNumber(cardNumber: string | undefined): string {
  if (cardNumber === undefined) throw badRequest('card_number_required', 'Enter the number of the card linked to your internal account.', { field: 'body.cardNumber' });
  return cardNumber;
}
