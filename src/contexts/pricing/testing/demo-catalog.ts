import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { type Db, queryRows } from '../../../server/db/types.ts';

// Finds demo catalog rows the way the portal does, through the public API, by name;
// only seat ids come from SQL, since the seat map addresses seats by ordinal.

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export async function getJson(app: FastifyInstance, url: string): Promise<Json> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json() as Json;
}

/** Every event of a kind, whatever the clock says (paging through the schedule). */
export async function eventsOfKind(app: FastifyInstance, kind: string): Promise<Json[]> {
  const items: Json[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await getJson(app, `/api/events?kind=${kind}&from=2000-01-01&limit=100&offset=${offset}`);
    items.push(...(page.items as Json[]));
    if (items.length >= page.total || page.items.length === 0) return items;
  }
}

export async function serviceNamed(app: FastifyInstance, name: string): Promise<Json> {
  const page = await getJson(app, '/api/services?limit=100');
  const found = (page.items as Json[]).find((service) => service.name === name);
  if (!found) throw new Error(`no demo service "${name}"`);
  return getJson(app, `/api/services/${found.id}`);
}

export async function seatsOfZone(db: Db, zoneId: string, count: number): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(db, sql`select id from seats where zone_id = ${zoneId} order by ordinal limit ${count}`);
  return rows.map((row) => row.id);
}

/** base x coefficients, exactly, rounded once half away from zero: computed apart from the code under test. */
export function expectedPrice(baseMinor: number, coefficients: readonly string[]): number {
  let units = BigInt(baseMinor);
  let scale = 0n;
  for (const text of coefficients) {
    const [whole = '0', fraction = ''] = text.split('.');
    units *= BigInt(whole + fraction);
    scale += BigInt(fraction.length);
  }
  const divisor = 10n ** scale;
  return Number((units * 2n + divisor) / (2n * divisor));
}
