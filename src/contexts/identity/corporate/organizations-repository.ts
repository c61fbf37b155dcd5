import { asc, eq, ilike, or } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { clients, organizations, users } from '../tables.ts';
import type { OrganizationView } from './corporate-contracts.ts';

type OrganizationRow = typeof organizations.$inferSelect;

export const toOrganizationView = (row: OrganizationRow): OrganizationView => ({
  organizationId: row.id,
  name: row.name,
  taxId: row.taxId,
  address: row.address,
  email: row.email,
  phone: row.phone,
  createdAt: row.createdAt.toISOString(),
});

export async function findOrganization(db: Db, organizationId: string): Promise<OrganizationRow | null> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, organizationId)).limit(1);
  return row ?? null;
}

export async function insertOrganization(db: Db, values: typeof organizations.$inferInsert): Promise<OrganizationRow> {
  const [row] = await db.insert(organizations).values(values).returning();
  if (!row) throw new Error('organization insert returned no row');
  return row;
}

export async function updateOrganizationRow(db: Db, organizationId: string, values: Partial<typeof organizations.$inferInsert>): Promise<OrganizationRow> {
  const [row] = await db.update(organizations).set(values).where(eq(organizations.id, organizationId)).returning();
  if (!row) throw new Error(`organization ${organizationId} vanished`);
  return row;
}

export async function searchOrganizations(db: Db, text: string | undefined): Promise<OrganizationView[]> {
  const pattern = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db
    .select()
    .from(organizations)
    .where(pattern ? or(ilike(organizations.name, pattern), ilike(organizations.taxId, pattern)) : undefined)
    .orderBy(asc(organizations.name))
    .limit(200);
  return rows.map(toOrganizationView);
}

export async function representativesOf(db: Db, organizationId: string) {
  return db
    .select({ clientId: clients.id, clientCode: users.login, fullName: clients.fullName, email: users.email })
    .from(clients)
    .innerJoin(users, eq(users.id, clients.userId))
    .where(eq(clients.organizationId, organizationId))
    .orderBy(asc(clients.fullName));
}
