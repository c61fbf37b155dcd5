import { createHash } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './types.ts';

// Named (server-side prepared) statements, for the statements of the hot path.
//
// node-postgres sends an unnamed statement unless told otherwise, and PostgreSQL then
// parses and plans it on every call. For the booking path that is most of the database's
// work: the session lookup costs 0.46 ms of server CPU unnamed and 0.03 ms named, the
// sale terms 0.35 against 0.04 (docs/benchmarks.md). A named statement is parsed once
// per connection and, after a few runs, planned once (a generic plan, when it is no
// worse than the custom ones). The name is a digest of the text, so a statement whose
// text varies (a list spelled out value by value, a different number of rows) becomes
// several statements rather than a wrong one: use these for statements whose text is
// fixed, with every input a parameter. PGlite ignores the name.

const dialect = new PgDialect();
const MAX_REMEMBERED = 1000;
const names = new Map<string, string>();

/** The statement name for this text: the same text always gets the same name. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tk_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    if (names.size < MAX_REMEMBERED) names.set(text, name);
  }
  return name;
}

/** `queryRows` as a named prepared statement: runs raw SQL and returns its rows. */
export async function queryPrepared<T>(db: Db, query: SQL): Promise<T[]> {
  const built = dialect.sqlToQuery(query);
  const result = await db._.session.prepareQuery(built, undefined, statementName(built.sql), false).execute();
  return (result as unknown as { rows: T[] }).rows;
}

interface Preparable<R> {
  prepare(name: string): { execute(): Promise<R> };
}

/** What node-postgres's prepared query keeps of its statement (Drizzle's NodePgPreparedQuery). */
interface NodePgStatement {
  queryString?: unknown;
  rawQueryConfig?: { name?: string };
  queryConfig?: { name?: string };
}

/**
 * Runs a Drizzle query (an insert with its returning, a select) as a named prepared
 * statement. The query is built once (building is not cheap: 80 µs for an audit insert),
 * then named after its text; on a driver that keeps no such name it runs unnamed.
 */
export function runPrepared<R>(query: Preparable<R>): Promise<R> {
  const prepared = query.prepare('');
  const statement = prepared as unknown as NodePgStatement;
  if (typeof statement.queryString === 'string' && statement.rawQueryConfig && statement.queryConfig) {
    const name = statementName(statement.queryString);
    statement.rawQueryConfig.name = name;
    statement.queryConfig.name = name;
  }
  return prepared.execute();
}
