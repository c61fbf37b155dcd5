import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import type { ChannelName } from '../channels/channel.ts';
import { channelStates } from '../tables.ts';

export type ChannelStateRow = typeof channelStates.$inferSelect;

/** Says which channels this process has, and how they are set up (no secrets: describe()). */
export async function reportChannel(db: Db, channel: ChannelName, configured: boolean, description: string, at: Date): Promise<void> {
  await db
    .insert(channelStates)
    .values({ channel, configured, description, reportedAt: at })
    .onConflictDoUpdate({ target: channelStates.channel, set: { configured, description, reportedAt: at } });
}

/** Notes the last success or problem of a channel, for the staff channel page. */
export async function noteChannelOutcome(db: Db, channel: ChannelName, outcome: { deliveredAt?: Date; error?: string; at: Date }): Promise<void> {
  const set = outcome.error === undefined
    ? { lastDeliveredAt: outcome.deliveredAt ?? outcome.at }
    : { lastError: outcome.error.slice(0, 500), lastErrorAt: outcome.at };
  await db.update(channelStates).set(set).where(sql`${channelStates.channel} = ${channel}`);
}

export async function listChannelStates(db: Db): Promise<ChannelStateRow[]> {
  return db.select().from(channelStates);
}
