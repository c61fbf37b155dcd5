import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';
import { auditLog } from './tables.ts';

export interface AuditQuery {
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** The id of the last entry of the previous page: entries older than it follow. */
  cursor?: number | undefined;
  limit: number;
}

export type AuditEntryView = {
  id: number;
  at: string;
  actorId: string | null;
  actorKind: 'client' | 'staff' | 'system';
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
};

/** Audit entries, newest first, filtered; pages by id so an entry written meanwhile never shifts a page. */
export async function listAuditEntries(db: Db, query: AuditQuery): Promise<{ items: AuditEntryView[]; nextCursor: number | null }> {
  const conditions: (SQL | undefined)[] = [
    query.entity ? eq(auditLog.entity, query.entity) : undefined,
    query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
    query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
    query.from ? gte(auditLog.at, query.from) : undefined,
    query.to ? lt(auditLog.at, query.to) : undefined,
    query.cursor ? lt(auditLog.id, query.cursor) : undefined,
  ];
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => ({ ...row, at: row.at.toISOString(), before: row.before ?? null, after: row.after ?? null })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
