import { getMyContracts, type ContractView } from '../../endpoints/identity.ts';
import { getMyContractAccount, hasContractAccount } from '../../endpoints/payments.ts';
import { useCapabilities } from '../../ui/use-capabilities.ts';
import { Statement } from './balance-page.tsx';
import { formatDate, formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';

/** Seed 001: a corporate representative sees every contract of the organisation, its prices and its balance. */
export function ContractsPage() {
  const { t } = useI18n();
  const contracts = useResource(getMyContracts, []);
  usePageTitle(t('account.contracts'));
  if (contracts.error) return <LoadError error={contracts.error} onRetry={contracts.reload} />;
  if (!contracts.data) return <Loading />;
  const { organization } = contracts.data;
  return (
    <section aria-labelledby="contracts-title">
      <h1 id="contracts-title">{t('account.contracts')}</h1>
      <p>
        {t('account.organization')}: <strong>{organization.name}</strong> · {t('account.taxId')} {organization.taxId}
      </p>
      {contracts.data.contracts.length === 0 ? <p>{t('account.noContracts')}</p> : null}
      {contracts.data.contracts.map((contract) => (
        <ContractCard key={contract.contractId} contract={contract} />
      ))}
    </section>
  );
}

function ContractCard({ contract }: { contract: ContractView }) {
  const { t, lang } = useI18n();
  const capabilities = useCapabilities();
  const withAccount = capabilities ? hasContractAccount(capabilities) : false;
  const account = useResource(() => (withAccount ? getMyContractAccount(contract.contractId) : Promise.resolve(null)), [withAccount, contract.contractId]);
  const money = (minor: number) => formatMoney(lang, minor, contract.currency);
  return (
    <article className="card contract" aria-labelledby={`contract-${contract.contractId}`}>
      <h2 id={`contract-${contract.contractId}`}>
        {t('account.contractNumber', { number: contract.number })} <span className="badge">{t(`account.contractStatus.${contract.status}`)}</span>
      </h2>
      <p>
        {t('account.contractValid', { from: formatDate(lang, contract.validFrom), to: contract.validTo ? formatDate(lang, contract.validTo) : t('account.contractOpenEnded') })}
      </p>
      <p>{t('account.creditLimit', { amount: money(contract.creditLimitMinor) })}</p>
      {account.data ? <Statement statement={account.data} /> : null}
      {account.error ? <LoadError error={account.error} onRetry={account.reload} /> : null}
      {contract.prices.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('account.specialPrices')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.priceFor')}</th>
                <th scope="col" className="num">
                  {t('common.price')}
                </th>
              </tr>
            </thead>
            <tbody>
              {contract.prices.map((price, index) => (
                <tr key={index}>
                  <td>{price.serviceId ? t('account.priceService') : price.zoneId ? t('account.priceEventZone') : t('account.priceEvent')}</td>
                  <td className="num">{money(price.priceMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </article>
  );
}
