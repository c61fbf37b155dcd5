import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/types.ts';
import type { Role } from '../../server/plugins/access.ts';
import { actorRoles } from './rules/actor-roles.ts';
import { clients } from './tables.ts';
import type { UserRow } from './users-repository.ts';

/** Who a session belongs to, as login, registration and GET /api/me show it. */
export interface ActorSummary {
  userId: string;
  kind: 'client' | 'staff';
  roles: Role[];
  clientId: string | null;
  organizationId: string | null;
  displayName: string;
}

export async function actorSummary(db: Db, user: UserRow): Promise<ActorSummary> {
  const [client] = user.kind === 'client'
    ? await db.select({ id: clients.id, organizationId: clients.organizationId }).from(clients).where(eq(clients.userId, user.id)).limit(1)
    : [];
  const organizationId = client?.organizationId ?? null;
  return {
    userId: user.id,
    kind: user.kind,
    roles: actorRoles(user.roles, organizationId),
    clientId: client?.id ?? null,
    organizationId,
    displayName: user.displayName,
  };
}
