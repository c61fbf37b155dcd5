import { formatDateTime, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import { BarChart } from './charts/bar-chart.tsx';
import { CsvLink } from './csv-link.tsx';
import { getBalances } from './reports-endpoints.ts';

/** Balances of clients' internal accounts and of corporate contracts, from the ledger, now. */
export function BalancesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('reports.balances.title'));
  const report = useResource(() => getBalances(), []);
  const data = report.data;
  const when = (iso: string | null) => (iso ? formatDateTime(lang, iso) : '—');
  return (
    <section aria-labelledby="balances-title">
      <h1 id="balances-title">{t('reports.balances.title')}</h1>
      <CsvLink report="balances" />
      {report.loading ? <Loading /> : null}
      {report.error ? <LoadError error={report.error} onRetry={report.reload} /> : null}
      {data ? (
        <>
          <p className="muted">{t('reports.balances.at', { at: formatDateTime(lang, data.at) })}</p>
          <h2>{t('reports.balances.contracts')}</h2>
          {data.contracts.length > 0 ? (
            <BarChart
              title={t('reports.balances.contractsChart')}
              summary={t('reports.balances.total', { total: formatMoney(lang, data.totals.contractsMinor) })}
              bars={data.contracts.map((contract) => ({ key: contract.contractId, label: `${contract.organizationName} ${contract.number}`, value: contract.balanceMinor }))}
              format={(minor) => formatMoney(lang, minor)}
            />
          ) : null}
          <div className="table-scroll">
            <table className="table">
              <caption>{t('reports.balances.contracts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('corporate.organization')}</th>
                  <th scope="col">{t('corporate.contract')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col" className="num">{t('corporate.creditLimit')}</th>
                  <th scope="col" className="num">{t('reports.balance')}</th>
                  <th scope="col" className="num">{t('reports.available')}</th>
                  <th scope="col">{t('reports.lastMovement')}</th>
                </tr>
              </thead>
              <tbody>
                {data.contracts.map((contract) => (
                  <tr key={contract.contractId}>
                    <th scope="row">{contract.organizationName} <span className="muted">({contract.taxId})</span></th>
                    <td>{contract.number}</td>
                    <td>{t(`account.contractStatus.${contract.status as 'draft'}`)}</td>
                    <td className="num">{formatMoney(lang, contract.creditLimitMinor, contract.currency)}</td>
                    <td className="num">{formatMoney(lang, contract.balanceMinor, contract.currency)}</td>
                    <td className="num">{formatMoney(lang, contract.availableMinor, contract.currency)}</td>
                    <td>{when(contract.lastMovementAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('reports.balances.accounts')}</h2>
          <div className="table-scroll">
            <table className="table">
              <caption>{t('reports.balances.accounts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.client')}</th>
                  <th scope="col">{t('corporate.clientCode')}</th>
                  <th scope="col" className="num">{t('reports.balance')}</th>
                  <th scope="col">{t('reports.lastMovement')}</th>
                </tr>
              </thead>
              <tbody>
                {data.accounts.map((account) => (
                  <tr key={account.accountId}>
                    <th scope="row">{account.fullName}</th>
                    <td>{account.clientCode}</td>
                    <td className="num">{formatMoney(lang, account.balanceMinor, account.currency)}</td>
                    <td>{when(account.lastMovementAt)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('common.total')}</th>
                  <td />
                  <td className="num">{formatMoney(lang, data.totals.accountsMinor)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
