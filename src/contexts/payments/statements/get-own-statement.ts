import type { Db } from '../../../server/db/types.ts';
import type { Actor } from '../../../server/plugins/access.ts';
import type { AccountStatement, StatementQuery } from '../contracts.ts';
import { clientNotFound, contractNotFound, contractTermsOf, type AccountOwner } from '../shared/account-owner.ts';
import { getAccountStatement } from './get-account-statement.ts';

/**
 * A client's own statement, or a corporate representative's of a contract of their
 * organisation; anything else answers 404 like an unknown id, so ids reveal nothing.
 */
export async function getOwnStatement(db: Db, actor: Actor, owner: AccountOwner, page: StatementQuery): Promise<AccountStatement> {
  switch (owner.kind) {
    case 'client':
      if (!actor.clientId || actor.clientId !== owner.clientId) throw clientNotFound();
      break;
    case 'contract': {
      const terms = await contractTermsOf(db, owner.contractId);
      if (!actor.organizationId || terms.organizationId !== actor.organizationId) throw contractNotFound();
      break;
    }
  }
  return getAccountStatement(db, owner, page);
}
