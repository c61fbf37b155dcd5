import { useI18n } from '../../i18n/i18n-context.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { cachedClient, type ClientProfile } from './clients-api.ts';

/** "Иванова Мария Петровна (ivanova)": who a client is, for a line of text. */
export const clientName = (client: Pick<ClientProfile, 'fullName' | 'clientCode'>): string => `${client.fullName} (${client.clientCode})`;

/** The client a request or order belongs to, with the contacts staff call them on. */
export function ClientSummary({ clientId, brief = false }: { clientId: string; brief?: boolean }) {
  const { t } = useI18n();
  const client = useResource(() => cachedClient(clientId), [clientId]);
  if (client.error) return <span className="muted">{t('officeClient.unknown')}</span>;
  if (!client.data) return <span className="muted">{t('common.loading')}</span>;
  const profile = client.data;
  if (brief) return <span data-testid="client-name">{clientName(profile)}</span>;
  return (
    <span data-testid="client-name">
      {clientName(profile)}
      <span className="muted small">
        {' · '}
        {profile.phone}
        {profile.email ? ` · ${profile.email}` : ''}
        {profile.organization ? ` · ${profile.organization.name}` : ''}
      </span>
    </span>
  );
}
