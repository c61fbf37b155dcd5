import type { AppDeps } from '../../../server/deps.ts';
import { type Channel, type ChannelName, type DeliveryResult, errorText, failed, retry } from '../channels/channel.ts';
import type { Channels } from '../channels/config.ts';
import { linkSmsParts } from '../inbound/sms-repository.ts';
import type { DeliveryRow } from '../tables.ts';
import { noteChannelOutcome } from './channel-states-repository.ts';
import { claimDueDeliveries, recordAttempt } from './deliveries-repository.ts';
import { defaultRetryPolicy, judgeAttempt, type RetryPolicy } from './retry-policy.ts';

export interface SendOptions {
  batchSize?: number;
  /** How long a claimed delivery stays ours; longer than any channel's own timeout. */
  leaseMs?: number;
  policy?: RetryPolicy;
}

/**
 * Sends up to `batchSize` due deliveries, and those a crashed dispatcher left half-sent,
 * then records each outcome: delivered, retried later with a growing delay, or failed
 * with the reason. No transaction is held open while a channel talks to its peer.
 */
export async function sendDueDeliveries(deps: AppDeps, channels: Channels, options: SendOptions = {}): Promise<number> {
  const now = deps.clock.now();
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? 120_000));
  const claimed = await deps.database.db.transaction((tx) => claimDueDeliveries(tx, now, leaseUntil, options.batchSize ?? 20));
  const policy = options.policy ?? defaultRetryPolicy;
  const outcomes = await Promise.all(claimed.map((delivery) => attempt(deps, channels[delivery.channel], delivery, policy)));
  await noteChannelHealth(deps, outcomes);
  return claimed.length;
}

interface Outcome {
  channel: ChannelName;
  result: DeliveryResult;
  at: Date;
}

async function attempt(deps: AppDeps, channel: Channel, delivery: DeliveryRow, policy: RetryPolicy): Promise<Outcome> {
  // More claims than attempts allowed: the earlier ones died mid-send (a message that
  // crashes the process must not crash it forever).
  const result = delivery.attempts > policy.maxAttempts
    ? failed(`gave up after ${delivery.attempts - 1} attempts, the last of them interrupted`)
    : await sendSafely(channel, delivery);
  const at = deps.clock.now();
  const verdict = judgeAttempt(result, delivery.attempts, at, policy);
  await deps.database.db.transaction(async (tx) => {
    // False: our lease ran out and another dispatcher has taken the delivery over; its outcome counts.
    const ours = await recordAttempt(tx, delivery, verdict, at);
    if (ours && verdict.status === 'delivered' && delivery.channel === 'sms' && verdict.providerId) {
      await linkSmsParts(tx, delivery.id, verdict.providerId.split(','));
    }
  });
  return { channel: delivery.channel, result, at };
}

// Once per channel and batch: the last success, and the last trouble with the channel itself
// (a retry); a recipient's own refusal says nothing about the channel's health.
async function noteChannelHealth(deps: AppDeps, outcomes: Outcome[]): Promise<void> {
  const { db } = deps.database;
  for (const name of new Set(outcomes.map((o) => o.channel))) {
    const mine = outcomes.filter((o) => o.channel === name);
    const success = mine.findLast((o) => o.result.kind === 'delivered');
    const trouble = mine.findLast((o) => o.result.kind === 'retry');
    if (success) await noteChannelOutcome(db, name, { at: success.at });
    if (trouble?.result.kind === 'retry') await noteChannelOutcome(db, name, { at: trouble.at, error: trouble.result.reason });
  }
}

async function sendSafely(channel: Channel, delivery: DeliveryRow): Promise<DeliveryResult> {
  try {
    return await channel.send({
      // The delivery id on every attempt: a resend carries the same Message-ID / SMS reference.
      id: delivery.id,
      to: delivery.recipient,
      subject: delivery.subject,
      text: delivery.bodyText,
      ...(delivery.bodyHtml === null ? {} : { html: delivery.bodyHtml }),
    });
  } catch (error) {
    return retry(`channel error: ${errorText(error)}`); // channels promise never to throw; if one does, try again later
  }
}
