import type { AppDeps } from '../../../server/deps.ts';
import { CHANNEL_NAMES } from '../channels/config.ts';
import type { ChannelsView } from '../contracts.ts';
import { listChannelStates } from '../dispatch/channel-states-repository.ts';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * Each channel as the dispatching processes report it: configured (and where it sends)
 * or not configured, with its last success and last trouble. A channel no dispatcher
 * has reported yet is 'unknown', never presumed to work.
 */
export async function listChannels(deps: AppDeps): Promise<ChannelsView> {
  const states = new Map((await listChannelStates(deps.database.db)).map((s) => [s.channel, s]));
  return {
    channels: CHANNEL_NAMES.map((channel) => {
      const state = states.get(channel);
      if (!state) {
        return { channel, status: 'unknown' as const, description: 'no dispatcher has reported yet', reportedAt: null, lastDeliveredAt: null, lastError: null, lastErrorAt: null };
      }
      return {
        channel,
        status: state.configured ? ('configured' as const) : ('not_configured' as const),
        description: state.description,
        reportedAt: state.reportedAt.toISOString(),
        lastDeliveredAt: iso(state.lastDeliveredAt),
        lastError: state.lastError,
        lastErrorAt: iso(state.lastErrorAt),
      };
    }),
  };
}
