import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './deps.ts';

/** A background job: runs every `intervalMs`, never twice at once in one process. */
export interface Job {
  name: string;
  intervalMs: number;
  /** Does one batch of work and says how many items it handled. */
  run(deps: AppDeps): Promise<number>;
}

export function startJobs(jobs: Job[], deps: AppDeps, log: FastifyBaseLogger): { stop(): Promise<void> } {
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    let busy = false;
    return setInterval(() => {
      if (busy) return;
      busy = true;
      const work = job
        .run(deps)
        .then((handled) => {
          if (handled > 0) log.info({ job: job.name, handled }, 'job ran');
        })
        .catch((error: unknown) => log.error({ job: job.name, err: error }, 'job failed'))
        .finally(() => {
          busy = false;
          running.delete(work);
        });
      running.add(work);
    }, job.intervalMs);
  });
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled([...running]);
    },
  };
}
