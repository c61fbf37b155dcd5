// The catalog from the command line (docs/catalog-import.md):
//   npm run catalog -- import FILE        loads a venue with its halls, zones, rows and seats
//   npm run catalog -- export VENUE_ID    prints a venue as an import file
// Uses the same database as the server (DATABASE_URL, or PGlite in DATA_DIR). On PGlite
// it takes the data directory's lock, so it refuses to run while the server holds it.
import { readFileSync } from 'node:fs';
import { systemActor } from '../contexts/audit/index.ts';
import { exportVenue } from '../contexts/catalog/import/export-venue.ts';
import { importVenue } from '../contexts/catalog/import/import-venue.ts';
import { parseVenueFile } from '../contexts/catalog/import/parse-venue-file.ts';
import { ConfigError, loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connect.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { migrate } from '../server/db/migrate.ts';
import type { Database } from '../server/db/types.ts';
import { isAppError } from '../shared/errors.ts';

const usage = 'usage: npm run catalog -- import FILE\n       npm run catalog -- export VENUE_ID > FILE';

const fail = (message: string): number => {
  process.stderr.write(`${message}\n`);
  return 1;
};

/** Opens the server's database, migrated; null (with the reason printed) when it cannot. */
async function open(what: 'imported' | 'exported'): Promise<Database | null> {
  try {
    const database = await openDatabase(loadConfig());
    await migrate(database);
    return database;
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      fail(`Nothing was ${what}: another process (the server?) holds the embedded database.\n${error.message}`);
      return null;
    }
    if (error instanceof ConfigError) {
      fail(error.message);
      return null;
    }
    throw error;
  }
}

async function importCommand(path: string): Promise<number> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const parsed = parseVenueFile(text);
  if (!parsed.ok) {
    const lines = parsed.problems.slice(0, 20).map((problem) => `  ${problem.where}: ${problem.message}`);
    const more = parsed.problems.length > 20 ? [`  ... and ${parsed.problems.length - 20} more`] : [];
    return fail([`${path} is not a valid venue file; nothing was imported.`, ...lines, ...more].join('\n'));
  }
  const database = await open('imported');
  if (!database) return 1;
  try {
    const imported = await importVenue(database.db, { by: systemActor, requestId: null, now: new Date(), reason: `npm run catalog -- import ${path}` }, parsed.file);
    const seats = imported.halls.reduce((sum, hall) => sum + hall.seats, 0);
    const zones = imported.halls.reduce((sum, hall) => sum + hall.zones, 0);
    process.stdout.write(`Imported "${parsed.file.venue.name}" (venue ${imported.venueId}): ${imported.halls.length} halls, ${zones} zones, ${seats} seats.\n`);
    for (const hall of imported.halls) process.stdout.write(`  ${hall.name} (${hall.id}): ${hall.zones} zones, ${hall.seats} seats\n`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return fail(`${path}: ${error.field ? `${error.field}: ` : ''}${error.message}\nNothing was imported.`);
  } finally {
    await database.close();
  }
}

async function exportCommand(venueId: string): Promise<number> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(venueId)) return fail(`"${venueId}" is not a venue id (a UUID).`);
  const database = await open('exported');
  if (!database) return 1;
  try {
    process.stdout.write(`${JSON.stringify(await exportVenue(database.db, venueId), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return fail(error.message);
  } finally {
    await database.close();
  }
}

async function main(args: string[]): Promise<number> {
  const [command, argument, ...rest] = args;
  if (command === 'import' && argument && rest.length === 0) return importCommand(argument);
  if (command === 'export' && argument && rest.length === 0) return exportCommand(argument);
  return fail(usage);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
