import { roles, type Role } from '../../../server/plugins/access.ts';

const known: ReadonlySet<string> = new Set(roles);
const isRole = (value: string): value is Role => known.has(value);

/**
 * The roles a user acts with: the stored ones, plus 'corporate' while a client is linked
 * to an organisation. Deriving it keeps the link the only source of truth.
 */
export function actorRoles(stored: readonly string[], organizationId: string | null): Role[] {
  const result = stored.filter(isRole);
  if (organizationId && !result.includes('corporate')) result.push('corporate');
  return result;
}
