import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert, Notice } from '../../ui/loading.tsx';
import { linkCard } from './box-office-api.ts';

/** A card number linked to the client's internal account: the client pays online with it later. */
export function LinkCardForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [cardNumber, setCardNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const errors = formErrors(t, error, ['cardNumber']);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const card = await linkCard(clientId, cardNumber);
      setCardNumber('');
      setDone(t('cashier.cardLinked', { card: card.masked }));
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  // A 409 about the card (linked to someone else) belongs next to the field too.
  const cardError = errors.byField.cardNumber ?? (isApiError(error) && error.status === 409 ? errors.general ?? undefined : undefined);
  return (
    <section aria-labelledby="link-card-title" className="panel">
      <h2 id="link-card-title">{t('cashier.linkCard')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('cashier.linkCard')}>
        {cardError ? null : <FormAlert>{errors.general}</FormAlert>}
        {done ? <Notice tone="success">{done}</Notice> : null}
        <TextField name="cardNumber" label={t('cashier.cardNumber')} inputMode="numeric" autoComplete="off" value={cardNumber} onChange={(event) => setCardNumber(event.target.value)} error={cardError} hint={t('cashier.cardHint')} required />
        <div>
          <Button type="submit" busy={busy}>
            {t('cashier.linkCardSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
