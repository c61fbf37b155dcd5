import type { Job } from '../../../server/jobs.ts';
import { continueBroadcasts } from '../broadcasts/continue-broadcasts.ts';
import type { Channels } from '../channels/config.ts';
import { fanOutMessages } from './fan-out-messages.ts';
import { reportChannels } from './report-channels.ts';
import { sendDueDeliveries, type SendOptions } from './send-due-deliveries.ts';

/**
 * Plans deliveries: queues the next recipients of broadcasts being sent, turns outbox
 * messages into deliveries, and closes finished broadcasts. Needs no channel, so every
 * process with background jobs runs it.
 */
export const fanOutJob: Job = {
  name: 'notifications-fan-out',
  intervalMs: 1_000,
  run: async (deps) => (await continueBroadcasts(deps)) + (await drain((limit) => fanOutMessages(deps, limit), 50)),
};

// How long one run keeps taking full batches: a broadcast to many clients then moves at the
// speed of the database and the peers, not one batch per tick. Wall time, not deps.clock:
// it bounds the work of a run, it is no business time (and a test's fixed clock never moves).
const RUN_BUDGET_MS = 5_000;

/** Repeats a batch step while it comes back full and the run's time budget lasts. */
async function drain(step: (limit: number) => Promise<number>, limit: number): Promise<number> {
  const started = performance.now();
  let total = 0;
  for (;;) {
    const handled = await step(limit);
    total += handled;
    if (handled < limit || performance.now() - started > RUN_BUDGET_MS) return total;
  }
}

const REPORT_EVERY_MS = 60_000;

/** Sends due deliveries through these channels (one set per process, built in main.ts). */
export function createSendJob(channels: Channels, options: SendOptions & { intervalMs?: number } = {}): Job {
  let reportedAt = -Infinity;
  return {
    name: 'notifications-send',
    intervalMs: options.intervalMs ?? 1_000,
    async run(deps) {
      const now = deps.clock.now();
      if (now.getTime() - reportedAt >= REPORT_EVERY_MS) {
        await reportChannels(deps.database.db, channels, now);
        reportedAt = now.getTime();
      }
      return drain((batchSize) => sendDueDeliveries(deps, channels, { ...options, batchSize }), options.batchSize ?? 20);
    },
  };
}
