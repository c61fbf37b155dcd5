import type { AppDeps } from '../../../server/deps.ts';
import { badRequest, notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { findClientContacts } from '../../identity/index.ts';
import type { SubscriptionChannel, SubscriptionTopic } from '../tables.ts';
import { saveSubscriptions } from './subscriptions-repository.ts';
import { unsubscribeKey, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const topicNames: Record<SubscriptionTopic, { ru: string; en: string }> = {
  news: { ru: 'новости', en: 'news' },
  schedule: { ru: 'расписание', en: 'schedules' },
  sales_start: { ru: 'начало продаж', en: 'start of sales' },
  price_changes: { ru: 'изменения цен', en: 'price changes' },
};
const channelNames: Record<SubscriptionChannel, { ru: string; en: string }> = {
  email: { ru: 'по электронной почте', en: 'by email' },
  sms: { ru: 'по SMS', en: 'by SMS' },
  messenger: { ru: 'в мессенджере', en: 'by messenger' },
};

/**
 * Opts a client out of one topic on one channel from the link in a broadcast: the signed
 * token is the proof, no login. Opening it again changes nothing and says the same.
 */
export async function unsubscribeByLink(deps: AppDeps, token: string, meta: { requestId?: string } = {}) {
  const claim = verifyUnsubscribeToken(unsubscribeKey(deps.config), token);
  if (!claim) throw badRequest('unsubscribe_link_invalid', 'This unsubscribe link is not valid; it may have been cut short.', { field: 'query.token' });
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const contacts = await findClientContacts(tx, claim.clientId);
    if (!contacts) throw notFound('client_not_found', 'There is no such client any more.', { field: 'query.token' });
    await saveSubscriptions(tx, claim.clientId, [{ topic: claim.topic, channel: claim.channel, optedIn: false }], now, 'unsubscribe_link');
    await recordAudit(tx, {
      actor: { id: null, kind: 'client' }, action: 'subscriptions.unsubscribed', entity: 'client', entityId: claim.clientId,
      after: { topic: claim.topic, channel: claim.channel, optedIn: false }, reason: 'unsubscribe link', requestId: meta.requestId ?? null,
    });
  });
  const topic = topicNames[claim.topic];
  const channel = channelNames[claim.channel];
  return {
    topic: claim.topic,
    channel: claim.channel,
    message: {
      ru: `Вы отписались от рассылки «${topic.ru}» ${channel.ru}.`,
      en: `You will no longer receive ${topic.en} ${channel.en}.`,
    },
  };
}
