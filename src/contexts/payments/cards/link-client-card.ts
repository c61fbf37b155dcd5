import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { auditActorOf } from '../../identity/index.ts';
import type { CardView } from '../contracts.ts';
import { assertClientExists } from '../shared/account-owner.ts';
import { linkCard } from './link-card.ts';

/** A cashier links a card number to a client's internal account (seed 001). */
export async function linkClientCard(deps: AppDeps, actor: Actor, clientId: string, cardNumber: string, meta: { requestId?: string } = {}): Promise<{ card: CardView; created: boolean }> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await assertClientExists(tx, clientId);
    return linkCard(tx, deps.config, { clientId, cardNumber, actor: auditActorOf(actor), now, requestId: meta.requestId ?? null });
  });
}
