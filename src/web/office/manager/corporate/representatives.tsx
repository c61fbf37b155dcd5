import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { FormAlert } from '../../../ui/loading.tsx';
import { ClientPicker } from '../../shared/client-picker.tsx';
import { inlineError, useSubmit } from '../shared/use-submit.ts';
import { type OrganizationDetail, addRepresentative, removeRepresentative } from './corporate-endpoints.ts';

/** The registered clients who act for the organisation: they see its contracts and order on them. */
export function Representatives({ organization, onChanged }: { organization: OrganizationDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const [clientId, setClientId] = useState<string | undefined>();
  const submit = useSubmit();
  const add = async () => {
    if (!clientId) return;
    const done = await submit.run(async () => {
      await addRepresentative(organization.organizationId, clientId);
      return true;
    });
    if (done) {
      setClientId(undefined);
      onChanged();
    }
  };
  const remove = async (id: string) => {
    const done = await submit.run(async () => {
      await removeRepresentative(organization.organizationId, id);
      return true;
    });
    if (done) onChanged();
  };
  return (
    <section className="panel" aria-labelledby="representatives-title">
      <h2 id="representatives-title">{t('corporate.representatives')}</h2>
      <FormAlert>{inlineError(t, submit.error)}</FormAlert>
      {organization.representatives.length === 0 ? (
        <p>{t('corporate.noRepresentatives')}</p>
      ) : (
        <table className="table">
          <caption>{t('corporate.representatives')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.client')}</th>
              <th scope="col">{t('corporate.clientCode')}</th>
              <th scope="col">{t('corporate.email')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {organization.representatives.map((person) => (
              <tr key={person.clientId}>
                <th scope="row">{person.fullName}</th>
                <td>{person.clientCode}</td>
                <td>{person.email ?? '—'}</td>
                <td>
                  <Button variant="danger" onClick={() => void remove(person.clientId)} busy={submit.busy} aria-label={t('corporate.removeRepresentativeNamed', { name: person.fullName })}>
                    {t('corporate.removeRepresentative')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ClientPicker clientId={clientId} onChange={(id) => setClientId(id)} label={t('corporate.findClient')} />
      <div className="actions">
        <Button variant="primary" onClick={() => void add()} disabled={!clientId} busy={submit.busy}>
          {t('corporate.addRepresentative')}
        </Button>
      </div>
    </section>
  );
}
