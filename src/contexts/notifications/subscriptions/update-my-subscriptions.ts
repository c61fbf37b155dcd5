import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { unprocessable } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { auditActorOf, findClientContacts } from '../../identity/index.ts';
import type { SubscriptionsView, UpdateSubscriptionsBody } from '../contracts.ts';
import { subscriptionChannels, subscriptionTopics } from '../tables.ts';
import { notAClient } from './get-my-subscriptions.ts';
import { hasContact, subscriptionMatrix } from './subscription-rules.ts';
import { findSubscriptions, saveSubscriptions, type SubscriptionChoice } from './subscriptions-repository.ts';

/**
 * Sets the client's choices for the topics and channels given (others stay as they are);
 * opting in by a channel the client gave no contact for is refused, naming the field.
 */
export async function updateMySubscriptions(
  deps: AppDeps,
  actor: Actor,
  input: UpdateSubscriptionsBody,
  meta: { requestId?: string } = {},
): Promise<SubscriptionsView> {
  const clientId = actor.clientId;
  if (!clientId) throw notAClient();
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const contacts = await findClientContacts(tx, clientId);
    if (!contacts) throw notAClient();
    const choices: SubscriptionChoice[] = subscriptionTopics.flatMap((topic) =>
      subscriptionChannels.flatMap((channel) => {
        const optedIn = input.topics[topic]?.[channel];
        return optedIn === undefined ? [] : [{ topic, channel, optedIn }];
      }),
    );
    for (const choice of choices) {
      if (choice.optedIn && !hasContact(contacts, choice.channel)) {
        throw unprocessable('contact_missing', `Add your ${choice.channel === 'messenger' ? 'messenger chat' : choice.channel} to your contacts first.`, {
          field: `body.topics.${choice.topic}.${choice.channel}`,
        });
      }
    }
    const before = subscriptionMatrix(contacts, await findSubscriptions(tx, clientId));
    await saveSubscriptions(tx, clientId, choices, now, 'preferences');
    const after = subscriptionMatrix(contacts, await findSubscriptions(tx, clientId));
    await recordAudit(tx, {
      actor: auditActorOf(actor), action: 'subscriptions.changed', entity: 'client', entityId: clientId,
      before: optedIn(before), after: optedIn(after), requestId: meta.requestId ?? null,
    });
    return { topics: after };
  });
}

// The audit keeps the choices, not which contacts the client has.
const optedIn = (matrix: SubscriptionsView['topics']) =>
  Object.fromEntries(Object.entries(matrix).map(([topic, row]) => [topic, Object.fromEntries(Object.entries(row).map(([c, cell]) => [c, cell.optedIn]))]));
