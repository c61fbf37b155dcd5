import { getTableColumns, type InferSelectModel, type Table } from 'drizzle-orm';

/**
 * A row of `table` read by raw SQL (`returning *`, or `to_jsonb(row)` from a statement
 * that writes several tables at once) in the shape Drizzle's own queries give: column
 * names become the table's keys and every value goes through its column's mapping
 * (timestamps to Dates, bigints to numbers, JSON parsed), as Drizzle does for its rows.
 */
export function mapRow<T extends Table>(table: T, raw: Record<string, unknown>): InferSelectModel<T> {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as InferSelectModel<T>;
}
