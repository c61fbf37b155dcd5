import { recordAudit } from '../../audit/index.ts';
import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { auditActorOf } from '../../identity/index.ts';
import type { AccountMovementResult, CorrectionBody } from '../contracts.ts';
import { postLedgerTransaction } from '../ledger/post-ledger-transaction.ts';
import { correctionsAccount } from '../ledger/system-accounts.ts';
import { ownedAccount, type AccountOwner } from '../shared/account-owner.ts';
import { toMovementResult } from '../shared/account-movement.ts';
import { runIdempotent, type IdempotentResult } from '../shared/idempotency.ts';

/**
 * A manager's correction of a balance, with the reason: a new balanced movement against
 * the corrections account, never an edit of the past. A correction down is refused like
 * a payment when it would take the account below its floor.
 */
export async function correctBalance(deps: AppDeps, actor: Actor, owner: AccountOwner, body: CorrectionBody, meta: { requestId?: string } = {}): Promise<IdempotentResult<AccountMovementResult>> {
  const now = deps.clock.now();
  const { idempotencyKey, ...asked } = body;
  return deps.database.db.transaction((tx) =>
    runIdempotent(tx, { ownerId: actor.userId, key: idempotencyKey, request: { operation: 'correction', owner, ...asked }, now }, async () => {
      const { side } = await ownedAccount(tx, owner, now);
      const who = auditActorOf(actor);
      const { transaction, entries } = await postLedgerTransaction(tx, {
        kind: 'correction',
        paymentKind: null,
        reason: body.reason,
        actor: who,
        now,
        legs: [
          { ...side, amountMinor: body.amountMinor },
          { account: correctionsAccount, amountMinor: -body.amountMinor },
        ],
      });
      const result = toMovementResult(transaction, entries, side.account.id);
      await recordAudit(tx, {
        actor: who,
        action: 'account.corrected',
        entity: owner.kind,
        entityId: owner.kind === 'client' ? owner.clientId : owner.contractId,
        after: result,
        reason: body.reason,
        requestId: meta.requestId ?? null,
      });
      return result;
    }),
  );
}
