import { Link, useParams } from 'react-router';
import { formatDate, formatMoney } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { ContractForm } from './contract-form.tsx';
import { getOrganization } from './corporate-endpoints.ts';
import { OrganizationForm } from './organization-form.tsx';
import { Representatives } from './representatives.tsx';

/** An organisation: its details, the clients who represent it, and its contracts. */
export function OrganizationPage() {
  const { t, lang } = useI18n();
  const { organizationId = '' } = useParams();
  const organization = useResource(() => getOrganization(organizationId), [organizationId]);
  usePageTitle(organization.data?.name ?? t('office.section.corporate'));
  if (organization.loading && !organization.data) return <Loading />;
  if (organization.error || !organization.data) return <LoadError error={organization.error} onRetry={organization.reload} />;
  const data = organization.data;
  return (
    <section aria-labelledby="organization-title">
      <p>
        <Link to="/office/corporate">← {t('corporate.organizations')}</Link>
      </p>
      <h1 id="organization-title">{data.name}</h1>
      <div className="panel">
        <h2>{t('corporate.editOrganization')}</h2>
        <OrganizationForm key={data.organizationId} organization={data} onSaved={() => organization.reload()} />
      </div>
      <Representatives organization={data} onChanged={organization.reload} />
      <section className="panel" aria-labelledby="contracts-title">
        <h2 id="contracts-title">{t('account.contracts')}</h2>
        {data.contracts.length === 0 ? (
          <p>{t('account.noContracts')}</p>
        ) : (
          <table className="table">
            <caption>{t('account.contracts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('corporate.number')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('corporate.validity')}</th>
                <th scope="col" className="num">{t('corporate.creditLimit')}</th>
                <th scope="col" className="num">{t('account.specialPrices')}</th>
              </tr>
            </thead>
            <tbody>
              {data.contracts.map((contract) => (
                <tr key={contract.contractId}>
                  <td>
                    <Link to={`/office/corporate/contracts/${contract.contractId}`}>{contract.number}</Link>
                  </td>
                  <td>{t(`account.contractStatus.${contract.status}`)}</td>
                  <td>
                    {formatDate(lang, contract.validFrom)} — {contract.validTo ? formatDate(lang, contract.validTo) : t('account.contractOpenEnded')}
                  </td>
                  <td className="num">{formatMoney(lang, contract.creditLimitMinor, contract.currency)}</td>
                  <td className="num">{contract.prices.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{t('corporate.addContract')}</h3>
        <ContractForm organizationId={data.organizationId} onSaved={() => organization.reload()} />
      </section>
    </section>
  );
}
