// Verifies the ledger (issue 6): every transaction balances, every cached balance equals
// the sum of its entries and is not below its floor, every order's paid amount equals its
// payments and its ledger movements. Prints the result; exits 1 on any mismatch.
//   npm run ledger:check
// Uses the same database as the server (DATABASE_URL, or PGlite in DATA_DIR: stop the server first).
import { ConfigError, loadConfig } from '../server/config.ts';
import { openDatabase } from '../server/db/connect.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { migrate } from '../server/db/migrate.ts';
import { checkLedger, type LedgerCheckReport } from '../contexts/payments/index.ts';

function describe(report: LedgerCheckReport): string[] {
  const { transactions, entries, accounts } = report.counts;
  const lines = [`ledger: ${transactions} transactions, ${entries} entries, ${accounts} accounts`];
  for (const t of report.unbalanced) lines.push(`  UNBALANCED transaction ${t.transactionId}: entries sum to ${t.sumMinor} (${t.entries} entries)`);
  for (const a of report.balanceMismatches) lines.push(`  BALANCE ${a.kind} account ${a.accountId}: cached ${a.cachedMinor}, ledger ${a.ledgerMinor}`);
  for (const a of report.belowFloor) lines.push(`  BELOW FLOOR ${a.kind} account ${a.accountId}: balance ${a.balanceMinor} < floor ${a.floorMinor}`);
  for (const o of report.orderMismatches) {
    lines.push(`  ORDER ${o.bookingNumber} (${o.orderId}): paid ${o.paidMinor}, payments ${o.paymentsMinor}, ledger ${o.ledgerMinor}`);
  }
  lines.push(report.ok ? 'OK: every transaction balances and every balance matches the ledger.' : 'MISMATCH: see above.');
  return lines;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const report = await checkLedger(database.db);
    (report.ok ? process.stdout : process.stderr).write(`${describe(report).join('\n')}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DataDirLockedError;
    process.stderr.write(`${known ? (error as Error).message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
