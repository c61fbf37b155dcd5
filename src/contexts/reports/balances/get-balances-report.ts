import type { Db } from '../../../server/db/types.ts';
import { sumMinor } from '../../../shared/money.ts';
import type { BalancesReport } from '../contracts.ts';
import { readSnapshot } from '../shared/read-snapshot.ts';
import { readAccountBalances, readContractBalances } from './balances-repository.ts';

/** Every client's internal account and every contract with its balance, as the ledger has them now. */
export async function getBalancesReport(db: Db, now: Date): Promise<BalancesReport> {
  return readSnapshot(db, async (tx) => {
    const accounts = await readAccountBalances(tx);
    const contracts = (await readContractBalances(tx)).map((contract) => ({
      ...contract,
      availableMinor: Math.max(0, sumMinor([contract.balanceMinor, contract.creditLimitMinor])),
    }));
    return {
      at: now.toISOString(),
      accounts,
      contracts,
      totals: { accountsMinor: sumMinor(accounts.map((a) => a.balanceMinor)), contractsMinor: sumMinor(contracts.map((c) => c.balanceMinor)) },
    };
  });
}
