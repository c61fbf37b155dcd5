import type { AppDeps } from '../../../server/deps.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import { notFound } from '../../../shared/errors.ts';
import { findClientContacts } from '../../identity/index.ts';
import type { SubscriptionsView } from '../contracts.ts';
import { subscriptionMatrix } from './subscription-rules.ts';
import { findSubscriptions } from './subscriptions-repository.ts';

export const notAClient = () => notFound('client_not_found', 'Only clients have subscriptions.');

/** The logged-in client's broadcast topics by channel: contact present, their choice, and what goes out. */
export async function getMySubscriptions(deps: AppDeps, actor: Actor): Promise<SubscriptionsView> {
  if (!actor.clientId) throw notAClient();
  const { db } = deps.database;
  const contacts = await findClientContacts(db, actor.clientId);
  if (!contacts) throw notAClient();
  return { topics: subscriptionMatrix(contacts, await findSubscriptions(db, actor.clientId)) };
}
