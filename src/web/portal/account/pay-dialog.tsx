import { useState, type FormEvent } from 'react';
import type { OrderDetail } from '../../endpoints/booking.ts';
import { payOrder, type PayOnlineBody } from '../../endpoints/payments.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useSession } from '../../session/session-context.tsx';
import { Button } from '../../ui/button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { Fieldset, TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';

/**
 * Seed 001's online payment: the number of the card linked to the internal account,
 * and the rest of the order is debited. A corporate representative may pay from the
 * contract's balance instead.
 */
export function PayDialog({ open, order, onClose, onPaid }: { open: boolean; order: OrderDetail; onClose: () => void; onPaid: (balanceAfterMinor: number) => void }) {
  const { t, lang } = useI18n();
  const { actor } = useSession();
  const corporate = Boolean(actor?.roles.includes('corporate'));
  const [source, setSource] = useState<PayOnlineBody['source']>('account');
  const [cardNumber, setCardNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One key per dialog: pressing twice, or retrying after a lost answer, pays once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const amount = formatMoney(lang, order.totalMinor - order.paidMinor, order.currency);
  const errors = formErrors(t, error, ['cardNumber', 'source', 'contractId']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await payOrder(order.id, source === 'contract' ? { source, idempotencyKey } : { source, cardNumber, idempotencyKey });
      onPaid(result.balanceAfterMinor);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title={t('account.payTitle', { number: order.bookingNumber })} onClose={onClose}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('account.payAmount', { amount })}</p>
        <FormAlert>{errors.general}</FormAlert>
        {corporate ? (
          <Fieldset legend={t('account.paySource')} error={errors.byField.source ?? errors.byField.contractId}>
            {(['account', 'contract'] as const).map((value) => (
              <div key={value} className="field field-check">
                <input id={`pay-source-${value}`} type="radio" name="source" value={value} checked={source === value} onChange={() => setSource(value)} />
                <label htmlFor={`pay-source-${value}`}>{t(`account.paySource.${value}`)}</label>
              </div>
            ))}
          </Fieldset>
        ) : null}
        {source === 'account' ? (
          <TextField
            name="cardNumber"
            label={t('account.cardNumber')}
            hint={t('account.cardHint')}
            inputMode="numeric"
            autoComplete="cc-number"
            value={cardNumber}
            onChange={(change) => setCardNumber(change.target.value)}
            error={errors.byField.cardNumber}
            required
          />
        ) : null}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy} busyLabel={t('account.paying')}>
            {t('account.paySubmit', { amount })}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
