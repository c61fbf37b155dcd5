import { recordAudit } from '../../audit/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { auditActorOf } from '../../identity/index.ts';
import type { AccountMovementResult, TopUpBody } from '../contracts.ts';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction.ts';
import { boxOfficeAccount } from '../ledger/system-accounts.ts';
import { ownedAccount, type AccountOwner } from '../shared/account-owner.ts';
import { toMovementResult } from '../shared/account-movement.ts';
import { runIdempotent, type IdempotentResult } from '../shared/idempotency.ts';

/**
 * Money paid in at a point of sale (any box-office kind), or a bank transfer entered by
 * staff, credited to a client's internal account or a contract's balance. A retry with
 * the same key returns the first answer and credits nothing.
 */
export async function topUpAccount(deps: AppDeps, actor: Actor, owner: AccountOwner, body: TopUpBody, meta: { requestId?: string } = {}): Promise<IdempotentResult<AccountMovementResult>> {
  const now = deps.clock.now();
  const { idempotencyKey, ...asked } = body;
  return deps.database.db.transaction((tx) =>
    runIdempotent(tx, { ownerId: actor.userId, key: idempotencyKey, request: { operation: 'top_up', owner, ...asked }, now }, async () => {
      const { account } = await ownedAccount(tx, owner, now);
      const who = auditActorOf(actor);
      const { transaction, entries } = await postLedgerTransaction(tx, {
        kind: 'top_up',
        paymentKind: body.kind,
        pointOfSale: body.pointOfSale ?? null,
        note: body.note ?? null,
        actor: who,
        now,
        legs: [
          { account: boxOfficeAccount(body.kind), amountMinor: -body.amountMinor },
          { account, amountMinor: body.amountMinor },
        ],
      });
      const result = toMovementResult(transaction, entries, account.id);
      await recordAudit(tx, {
        actor: who,
        action: 'account.topped_up',
        entity: owner.kind,
        entityId: owner.kind === 'client' ? owner.clientId : owner.contractId,
        after: { ...result, paymentKind: body.kind, pointOfSale: body.pointOfSale ?? null },
        requestId: meta.requestId ?? null,
      });
      return result;
    }),
  );
}
