import { useState } from 'react';
import { cancelMyOrder, type OrderDetail } from '../../endpoints/booking.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';

/** Cancelling an unpaid order, after saying what it means. */
export function CancelOrderDialog({ open, order, onClose, onCancelled }: { open: boolean; order: OrderDetail; onClose: () => void; onCancelled: (order: OrderDetail) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const errors = formErrors(t, error, ['reason']);
  const cancel = async () => {
    setBusy(true);
    setError(null);
    try {
      onCancelled(await cancelMyOrder(order.id, reason.trim() || undefined));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} title={t('account.cancelTitle', { number: order.bookingNumber })} onClose={onClose}>
      <p>{t('account.cancelText')}</p>
      <FormAlert>{errors.general}</FormAlert>
      <TextField name="reason" label={t('account.cancelReason')} value={reason} onChange={(event) => setReason(event.target.value)} error={errors.byField.reason} />
      <div className="actions">
        <Button variant="danger" onClick={() => void cancel()} busy={busy}>
          {t('account.cancel')}
        </Button>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </div>
    </Dialog>
  );
}
