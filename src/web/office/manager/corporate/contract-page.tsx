import { Link, useParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { ContractForm } from './contract-form.tsx';
import { ContractPrices } from './contract-prices.tsx';
import { getContract } from './corporate-endpoints.ts';

/** One contract: its terms and its special prices. */
export function ContractPage() {
  const { t } = useI18n();
  const { contractId = '' } = useParams();
  const contract = useResource(() => getContract(contractId), [contractId]);
  const title = contract.data ? t('corporate.contractTitle', { number: contract.data.number }) : t('corporate.contract');
  usePageTitle(title);
  if (contract.loading && !contract.data) return <Loading />;
  if (contract.error || !contract.data) return <LoadError error={contract.error} onRetry={contract.reload} />;
  const data = contract.data;
  return (
    <section aria-labelledby="contract-title">
      <p>
        <Link to={`/office/corporate/organizations/${data.organizationId}`}>← {t('corporate.toOrganization')}</Link>
      </p>
      <h1 id="contract-title">{title}</h1>
      <div className="panel">
        <h2>{t('corporate.contractTerms')}</h2>
        <ContractForm key={`terms-${data.contractId}`} organizationId={data.organizationId} contract={data} onSaved={contract.setData} />
      </div>
      <ContractPrices key={`prices-${data.contractId}`} contract={data} onSaved={contract.setData} />
    </section>
  );
}
