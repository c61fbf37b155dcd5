import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-database.ts';
import { newId } from '../db/new-id.ts';

// ADR 0009: generated keys are version 7 UUIDs, so new rows append to their indexes.
const version = (id: string): string => id.charAt(14);
const variantOk = (id: string): boolean => '89ab'.includes(id.charAt(19));
const millisOf = (id: string): number => Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('time-ordered keys', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('empty');
  });
  afterAll(async () => db.close());

  it('makes version 7 UUIDs in the database that carry the time and sort by it', async () => {
    const before = Date.now();
    const first = await db.withSession((s) => s.query<{ id: string }>('select uuid_v7()::text as id'));
    await new Promise((done) => setTimeout(done, 5));
    const second = await db.withSession((s) => s.query<{ id: string }>('select uuid_v7()::text as id'));
    const [a, b] = [first[0]!.id, second[0]!.id];
    expect(version(a)).toBe('7');
    expect(variantOk(a)).toBe(true);
    expect(millisOf(a)).toBeGreaterThanOrEqual(before - 1000);
    expect(millisOf(a)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(a < b).toBe(true);
  });

  it('gives every generated uuid key the time-ordered default, none left random', async () => {
    const defaults = await db.withSession((s) =>
      s.query<{ table_name: string; column_default: string }>(
        `select table_name, column_default from information_schema.columns
         where table_schema = current_schema() and data_type = 'uuid' and column_default is not null`,
      ),
    );
    expect(defaults.length).toBeGreaterThan(20);
    expect(defaults.filter((d) => d.column_default !== 'uuid_v7()')).toEqual([]);
  });

  it('makes the same kind in the application', () => {
    const ids = Array.from({ length: 50 }, () => newId());
    expect(ids.every((id) => version(id) === '7' && variantOk(id))).toBe(true);
    expect(new Set(ids).size).toBe(50);
    expect(Math.abs(millisOf(ids[0]!) - Date.now())).toBeLessThan(5000);
  });
});
