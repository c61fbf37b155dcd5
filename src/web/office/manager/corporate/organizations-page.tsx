import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { TextField } from '../../../ui/field.tsx';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { listOrganizations } from './corporate-endpoints.ts';
import { OrganizationForm } from './organization-form.tsx';

/** Organisations (corporate clients), found by name or INN, and a form to register one. */
export function OrganizationsPage() {
  const { t } = useI18n();
  usePageTitle(t('office.section.corporate'));
  const [search, setSearch] = useState('');
  const organizations = useResource(() => listOrganizations(search.trim() || undefined), [search]);
  return (
    <section aria-labelledby="corporate-title">
      <h1 id="corporate-title">{t('office.section.corporate')}</h1>
      <div className="inline-form">
        <TextField name="search" type="search" label={t('corporate.find')} value={search} onChange={(event) => setSearch(event.target.value)} />
      </div>
      {organizations.loading && !organizations.data ? <Loading /> : null}
      {organizations.error ? <LoadError error={organizations.error} onRetry={organizations.reload} /> : null}
      {organizations.data ? (
        organizations.data.items.length === 0 ? (
          <p>{t('common.empty')}</p>
        ) : (
          <table className="table">
            <caption>{t('corporate.organizations')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('corporate.organization')}</th>
                <th scope="col">{t('account.taxId')}</th>
                <th scope="col">{t('corporate.contacts')}</th>
              </tr>
            </thead>
            <tbody>
              {organizations.data.items.map((organization) => (
                <tr key={organization.organizationId}>
                  <td>
                    <Link to={`/office/corporate/organizations/${organization.organizationId}`}>{organization.name}</Link>
                  </td>
                  <td>{organization.taxId}</td>
                  <td>{[organization.email, organization.phone].filter(Boolean).join(' · ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      <div className="panel">
        <h2>{t('corporate.addOrganization')}</h2>
        <OrganizationForm onSaved={() => organizations.reload()} />
      </div>
    </section>
  );
}
