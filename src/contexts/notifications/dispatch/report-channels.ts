import type { Db } from '../../../server/db/types.ts';
import { CHANNEL_NAMES, type Channels } from '../channels/config.ts';
import { reportChannel } from './channel-states-repository.ts';

/** Records which channels this process sends by and where (never a secret: describe()). */
export async function reportChannels(db: Db, channels: Channels, at: Date): Promise<void> {
  for (const name of CHANNEL_NAMES) {
    const channel = channels[name];
    await reportChannel(db, name, channel.configured, channel.describe(), at);
  }
}
