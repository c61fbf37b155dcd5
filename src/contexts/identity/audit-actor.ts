import type { AuditActor } from '../audit/index.ts';
import type { Actor } from '../../server/plugins/access.ts';

/** The audit log's "who" for a request's actor: the user id, client or staff alike. */
export const auditActorOf = (actor: Pick<Actor, 'userId' | 'kind'>): AuditActor => ({ id: actor.userId, kind: actor.kind });
