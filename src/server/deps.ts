import type { Clock } from '../shared/clock.ts';
import type { Config } from './config.ts';
import type { Database } from './db/types.ts';

/** What every context's routes and jobs are given: passed in, never reached through globals. */
export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
}
