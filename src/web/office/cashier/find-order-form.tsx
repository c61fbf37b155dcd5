import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';
import { findByBookingNumber } from './box-office-api.ts';
import type { StaffOrderDetail } from '../orders/orders-api.ts';
import { canScanQr, QrScannerDialog } from './qr-scanner.tsx';
import { readScanned } from './scanned-code.ts';

/**
 * The booking number as the client reads it out or shows it: typed (typos caught by
 * its check character), or read from a QR code by the camera where the browser can.
 */
export function FindOrderForm({ onFound, label }: { onFound: (order: StaffOrderDetail) => void; label?: string }) {
  const { t } = useI18n();
  const [bookingNumber, setBookingNumber] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const errors = formErrors(t, error, ['bookingNumber']);

  const find = async (typed: string) => {
    setBusy(true);
    setError(null);
    setHint(null);
    try {
      onFound(await findByBookingNumber(typed.trim()));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!bookingNumber.trim()) {
      setHint(t('cashier.typeBookingNumber'));
      return;
    }
    void find(bookingNumber);
  };
  const onScan = (text: string) => {
    setScanning(false);
    const scanned = readScanned(text);
    if (scanned.kind === 'booking_number') {
      setBookingNumber(scanned.value);
      void find(scanned.value);
    } else {
      setHint(scanned.kind === 'ticket_code' ? t('cashier.scannedTicketCode') : t('cashier.scannedUnknown'));
    }
  };

  return (
    <form className="form find-order" onSubmit={onSubmit} noValidate aria-label={t('cashier.findTitle')}>
      <FormAlert>{errors.general}</FormAlert>
      <div className="inline-form">
        <TextField
          name="bookingNumber"
          label={label ?? t('office.bookingNumber')}
          value={bookingNumber}
          onChange={(event) => setBookingNumber(event.target.value)}
          error={errors.byField.bookingNumber ?? hint ?? undefined}
          hint={t('cashier.bookingNumberHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            {t('cashier.find')}
          </Button>
          {canScanQr() ? <Button onClick={() => setScanning(true)}>{t('cashier.scan')}</Button> : null}
        </div>
      </div>
      <QrScannerDialog open={scanning} onScan={onScan} onClose={() => setScanning(false)} />
    </form>
  );
}
