import { eq } from 'drizzle-orm';
import type { Db } from '../../../server/db/types.ts';
import { ledgerAccounts, type LedgerAccountRow } from '../tables.ts';
import { contractFloor } from './ledger-rules.ts';

// The SQL of the accounts with an owner: a client's internal account, a contract's balance.
// They are made on first use; reading an account that does not exist yet makes nothing.

export async function findClientAccount(db: Db, clientId: string): Promise<LedgerAccountRow | null> {
  const [row] = await db.select().from(ledgerAccounts).where(eq(ledgerAccounts.clientId, clientId));
  return row ?? null;
}

export async function findContractAccount(db: Db, contractId: string): Promise<LedgerAccountRow | null> {
  const [row] = await db.select().from(ledgerAccounts).where(eq(ledgerAccounts.contractId, contractId));
  return row ?? null;
}

/** The client's internal account, made now if it is the first use (safe when two requests race). */
export async function ensureClientAccount(db: Db, clientId: string, now: Date): Promise<LedgerAccountRow> {
  await db
    .insert(ledgerAccounts)
    .values({ kind: 'client', clientId, balanceMinor: 0, floorMinor: 0, createdAt: now })
    .onConflictDoNothing({ target: ledgerAccounts.clientId });
  const account = await findClientAccount(db, clientId);
  if (!account) throw new Error(`client account of ${clientId} was not made`);
  return account;
}

/** The contract's balance, made now with the contract's credit limit as its floor. */
export async function ensureContractAccount(db: Db, contract: { contractId: string; currency: string; creditLimitMinor: number }, now: Date): Promise<LedgerAccountRow> {
  await db
    .insert(ledgerAccounts)
    .values({ kind: 'contract', contractId: contract.contractId, currency: contract.currency, balanceMinor: 0, floorMinor: contractFloor(contract.creditLimitMinor), createdAt: now })
    .onConflictDoNothing({ target: ledgerAccounts.contractId });
  const account = await findContractAccount(db, contract.contractId);
  if (!account) throw new Error(`contract account of ${contract.contractId} was not made`);
  return account;
}
