import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../../server/db/connect.ts';
import { queryRows, type Db } from '../../../server/db/types.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { testPiiKey } from '../../../test/templates.ts';
import { testDbKind } from '../../../test/test-database.ts';
import { importVenue } from '../import/import-venue.ts';
import { venueFile } from '../import/venue-file.ts';
import { cinemaFile, managerChange, NOW } from './catalog-fixtures.ts';

const run = promisify(execFile);

/** Runs `npm run catalog -- ...` as a person would, and answers its exit code and output. */
async function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = { ...process.env, DEMO_DATA: 'false', LOG_LEVEL: 'silent' } as Record<string, string | undefined>;
  delete base.DATABASE_URL;
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'src/cli/catalog.ts', ...args], { env: { ...base, ...env }, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const countOf = async (db: Db, query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db, query))[0]?.n ?? -1;

describe('importing a venue', () => {
  let t: TestApp;
  let db: Db;
  beforeAll(async () => {
    t = await createTestApp({ now: NOW });
    db = t.deps.database.db;
  });
  afterAll(async () => t.close());

  it('loads the venue, its hall types and session types, halls, zones and seats in seat order, on record', async () => {
    const imported = await importVenue(db, managerChange(), cinemaFile('Кино 1'));
    expect(imported.halls.map((h) => [h.name, h.zones, h.seats])).toEqual([['Зал 1', 2, 24], ['Зал 2', 1, 5]]);
    const ordinals = await queryRows<{ ordinal: number; row_label: string; seat_label: string }>(
      db,
      sql`select ordinal, row_label, seat_label from seats where hall_id = ${imported.halls[0]?.id ?? ''} order by ordinal`,
    );
    expect(ordinals.map((s) => s.ordinal)).toEqual([...Array(24).keys()]);
    expect(ordinals.slice(9, 11).map((s) => `${s.row_label}-${s.seat_label}`)).toEqual(['1-10', '2-1']);
    expect(await countOf(db, sql`select count(*)::int as n from audit_log where action = 'catalog.venue.imported' and entity_id = ${imported.venueId}`)).toBe(1);
  });

  it('reuses an identical hall type, and refuses one that differs, writing nothing', async () => {
    await expect(importVenue(db, managerChange(), cinemaFile('Кино 2'))).resolves.toMatchObject({ hallTypesCreated: 0 });
    const differs = cinemaFile('Кино 3');
    differs.hallTypes[0] = { code: 'imax-t', name: 'IMAX', coefficient: '1.35' };
    await expect(importVenue(db, managerChange(), differs)).rejects.toMatchObject({ code: 'hall_type_differs', status: 409, field: 'hallTypes[0]' });
    expect(await countOf(db, sql`select count(*)::int as n from venues where name = 'Кино 3'`)).toBe(0);
  });

  it('refuses an unknown hall type, a taken venue name and session types outside a cinema', async () => {
    const unknownType = cinemaFile('Кино 4');
    unknownType.halls[1]?.hallTypes.push('no-such-type');
    await expect(importVenue(db, managerChange(), unknownType)).rejects.toMatchObject({ code: 'hall_type_not_found', field: 'halls[1].hallTypes[0]' });
    await expect(importVenue(db, managerChange(), cinemaFile('Кино 1'))).rejects.toMatchObject({ code: 'venue_exists', field: 'venue.name' });
    const museum = venueFile.parse({ venue: { kind: 'museum', name: 'Музей' }, sessionTypes: [{ code: 'x', name: 'x', coefficient: '1' }] });
    await expect(importVenue(db, managerChange(), museum)).rejects.toMatchObject({ code: 'session_types_only_for_cinemas' });
    expect(await countOf(db, sql`select count(*)::int as n from venues where name in ('Кино 4', 'Музей')`)).toBe(0);
  });

  describe('from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-cli-'));
    // On PostgreSQL the command imports into this test's own database; on PGlite into a data directory of its own.
    const target = (): Record<string, string> => (testDbKind() === 'postgres' ? { DATABASE_URL: t.database.url ?? '', PII_ENCRYPTION_KEY: testPiiKey } : { DATA_DIR: join(dir, 'data') });
    const venuesIn = async (name: string): Promise<number> => {
      if (testDbKind() === 'postgres') return countOf(db, sql`select count(*)::int as n from venues where name = ${name}`);
      const database = await openPglite(join(dir, 'data'));
      try {
        return await countOf(database.db, sql`select count(*)::int as n from venues where name = ${name}`);
      } finally {
        await database.close();
      }
    };
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('imports a good file and says what it loaded', { timeout: 180_000 }, async () => {
      const result = await cli(['import', 'docs/examples/small-venue.json'], target());
      expect(result.stderr).not.toContain('Failed');
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Imported "Кинотеатр «Октябрь» \(пример\)" \(venue [0-9a-f-]{36}\): 2 halls, 4 zones, 147 seats\./);
      expect(await venuesIn('Кинотеатр «Октябрь» (пример)')).toBe(1);
    });

    it('refuses a bad file with the line or path at fault, exit code 1 and nothing written', { timeout: 180_000 }, async () => {
      const broken = join(dir, 'broken.json');
      writeFileSync(broken, '{\n  "venue": { "kind": "stadium", "name": "Битый" },\n  "halls": [ { "name": "A" "zones": [] } ]\n}\n');
      const syntax = await cli(['import', broken], target());
      expect(syntax.code).toBe(1);
      expect(syntax.stderr).toContain('line 3, column 28: not valid JSON');
      const invalid = join(dir, 'invalid.json');
      const zone = (rows: unknown[]) => ({ code: 'a', name: 'A', kind: 'seated', rows });
      writeFileSync(invalid, JSON.stringify({ venue: { kind: 'stadium', name: 'Битый' }, halls: [{ name: 'A', zones: [zone([{ row: '1', seats: 3 }, { row: '2', seats: -1 }])] }] }));
      const schema = await cli(['import', invalid], target());
      expect(schema.code).toBe(1);
      expect(schema.stderr).toContain('halls[0].zones[0].rows[1].seats');
      expect(await venuesIn('Битый')).toBe(0);
    });

    it.skipIf(testDbKind() === 'postgres')('refuses to run while another process holds the data directory', { timeout: 180_000 }, async () => {
      const locked = join(dir, 'locked');
      // This test process stands in for a running server: a live pid in the lock file.
      mkdirSync(locked, { recursive: true });
      writeFileSync(join(locked, 'ticketing.lock'), String(process.pid));
      const result = await cli(['import', 'docs/examples/small-venue.json'], { DATA_DIR: locked });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('another process (the server?) holds the embedded database');
      expect(result.stderr).toContain(`in use by process ${process.pid}`);
    });
  });
});
