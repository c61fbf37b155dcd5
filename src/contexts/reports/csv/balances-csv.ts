import type { BalancesReport, ReportLang } from '../contracts.ts';
import { type CsvColumn, moneyColumns, toCsv } from './csv.ts';
import { amountHeaders, say } from './words.ts';

// Internal accounts and contracts in one table, so one file opens in one sheet.
interface BalanceLine {
  kind: string;
  owner: string;
  reference: string;
  taxId: string | null;
  status: string | null;
  creditLimitMinor: number;
  balanceMinor: number;
  availableMinor: number;
  lastMovementAt: string | null;
}

/** The balances report as a CSV: the clients' accounts, then the contracts. */
export function balancesCsv(report: BalancesReport, lang: ReportLang): string {
  const lines: BalanceLine[] = [
    ...report.accounts.map((account) => ({
      kind: say(lang, { ru: 'Внутренний счёт', en: 'Internal account' }), owner: account.fullName, reference: account.clientCode, taxId: null, status: null,
      creditLimitMinor: 0, balanceMinor: account.balanceMinor, availableMinor: account.balanceMinor, lastMovementAt: account.lastMovementAt,
    })),
    ...report.contracts.map((contract) => ({
      kind: say(lang, { ru: 'Договор', en: 'Contract' }), owner: contract.organizationName, reference: contract.number, taxId: contract.taxId, status: contract.status,
      creditLimitMinor: contract.creditLimitMinor, balanceMinor: contract.balanceMinor, availableMinor: contract.availableMinor, lastMovementAt: contract.lastMovementAt,
    })),
  ];
  const text = (words: { ru: string; en: string }, value: (line: BalanceLine) => string | null): CsvColumn<BalanceLine> => ({ header: say(lang, words), kind: 'text', value });
  return toCsv<BalanceLine>(
    [
      text({ ru: 'Вид', en: 'Kind' }, (line) => line.kind),
      text({ ru: 'Владелец', en: 'Owner' }, (line) => line.owner),
      text({ ru: 'Код клиента или номер договора', en: 'Client code or contract number' }, (line) => line.reference),
      text({ ru: 'ИНН', en: 'Tax ID' }, (line) => line.taxId),
      text({ ru: 'Статус договора', en: 'Contract status' }, (line) => line.status),
      ...moneyColumns<BalanceLine>(amountHeaders(lang, { ru: 'Кредитный лимит', en: 'Credit limit' }), (line) => line.creditLimitMinor),
      ...moneyColumns<BalanceLine>(amountHeaders(lang, { ru: 'Баланс', en: 'Balance' }), (line) => line.balanceMinor),
      ...moneyColumns<BalanceLine>(amountHeaders(lang, { ru: 'Доступно', en: 'Available' }), (line) => line.availableMinor),
      text({ ru: 'Последнее движение (UTC)', en: 'Last movement (UTC)' }, (line) => line.lastMovementAt),
    ],
    lines,
  );
}
