import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { errorMessage } from '../../ui/error-text.ts';
import { searchClients, type ClientProfile } from './clients-api.ts';
import { ClientSummary, clientName } from './client-summary.tsx';

/**
 * Choosing a client by name, client code, email or phone. It sits inside other forms
 * (filters), so it is no form of its own: Enter in its field searches, not submits.
 */
export function ClientPicker({ clientId, onChange, label }: { clientId: string | undefined; onChange: (clientId: string | undefined, client?: ClientProfile) => void; label: string }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [found, setFound] = useState<ClientProfile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (clientId) {
    return (
      <div className="field client-picker">
        <span className="field-label">{label}</span>
        <div className="client-chosen">
          <ClientSummary clientId={clientId} brief />
          <Button variant="link" onClick={() => onChange(undefined)}>
            {t('officeClient.change')}
          </Button>
        </div>
      </div>
    );
  }

  const search = async () => {
    if (text.trim().length < 2) {
      setError(t('officeClient.tooShort'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await searchClients(text.trim());
      setFound(answer.items);
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setBusy(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void search();
  };

  return (
    <div className={`field client-picker${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="inline-input">
        <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onKeyDown} placeholder={t('officeClient.placeholder')} aria-describedby={error ? `${id}-error` : undefined} />
        <Button onClick={() => void search()} busy={busy}>
          {t('officeClient.search')}
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      {found ? (
        found.length === 0 ? (
          <p className="muted" role="status">
            {t('officeClient.noneFound')}
          </p>
        ) : (
          <ul className="pick-list" aria-label={t('officeClient.results')}>
            {found.map((client) => (
              <li key={client.clientId}>
                <Button variant="link" onClick={() => onChange(client.clientId, client)}>
                  {clientName(client)}
                </Button>
                <span className="muted small">
                  {' '}
                  {client.phone}
                  {client.email ? ` · ${client.email}` : ''}
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
