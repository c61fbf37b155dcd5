import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { SelectField, TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';
import type { StaffOrderDetail } from '../orders/orders-api.ts';
import { parseRoubles, roublesText } from '../shared/money-input.ts';
import { boxOfficeKinds, takePayment, type BoxOfficeKind } from './box-office-api.ts';
import { usePointOfSale } from './point-of-sale.ts';

const payable = new Set<StaffOrderDetail['status']>(['processed', 'partially_issued', 'issued']);

/**
 * Money taken at the box office for a confirmed order: any kind, in parts, never more
 * than is left. A retry of the same payment (a network hiccup) reuses its key, so the
 * server takes it once.
 */
export function PaymentForm({ order, onPaid }: { order: StaffOrderDetail; onPaid: (text: string) => void }) {
  const { t, lang } = useI18n();
  const remaining = Math.max(0, order.totalMinor - order.paidMinor);
  const [kind, setKind] = useState<BoxOfficeKind>('cash');
  const [amount, setAmount] = useState(roublesText(remaining));
  const [note, setNote] = useState('');
  const [pointOfSale, setPointOfSale] = usePointOfSale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [amountError, setAmountError] = useState<string | null>(null);
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const errors = formErrors(t, error, ['kind', 'amountMinor', 'pointOfSale', 'note']);
  useEffect(() => setAmount(roublesText(remaining)), [remaining]);

  if (!payable.has(order.status) || remaining === 0) return null;
  const money = (minor: number) => formatMoney(lang, minor, order.currency);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amountMinor = parseRoubles(amount);
    setAmountError(amountMinor === null ? t('office.amountInvalid') : amountMinor > remaining ? t('cashier.overRemaining', { remaining: money(remaining) }) : null);
    if (amountMinor === null || amountMinor > remaining) return;
    const body = { kind, amountMinor, pointOfSale: pointOfSale.trim() || undefined, note: note.trim() || undefined };
    const fingerprint = JSON.stringify(body);
    if (attempt.current?.body !== fingerprint) attempt.current = { key: crypto.randomUUID(), body: fingerprint };
    setBusy(true);
    setError(null);
    try {
      const result = await takePayment(order.id, { ...body, idempotencyKey: attempt.current.key });
      attempt.current = null;
      setNote('');
      const state = result.order;
      onPaid(
        t('cashier.paid', {
          amount: money(result.payment.amountMinor),
          kind: result.payment.kindLabel[lang],
          paid: money(state.paidMinor),
          total: money(state.totalMinor),
          remaining: money(state.remainingMinor),
        }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="payment-title" className="panel">
      <h2 id="payment-title">{t('cashier.takePayment')}</h2>
      <p data-testid="payment-summary">{t('cashier.paymentSummary', { paid: money(order.paidMinor), total: money(order.totalMinor), remaining: money(remaining) })}</p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('cashier.takePayment')}>
        <FormAlert>{errors.general}</FormAlert>
        <div className="form-row">
          <SelectField name="kind" label={t('cashier.paymentKind')} value={kind} onChange={(event) => setKind(event.target.value as BoxOfficeKind)} error={errors.byField.kind}>
            {boxOfficeKinds.map((value) => (
              <option key={value} value={value}>
                {t(`paymentKind.${value}`)}
              </option>
            ))}
          </SelectField>
          <TextField name="amountMinor" label={t('cashier.amount')} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} error={amountError ?? errors.byField.amountMinor} hint={t('cashier.amountHint')} required />
        </div>
        <div className="form-row">
          <TextField name="pointOfSale" label={t('cashier.pointOfSale')} value={pointOfSale} onChange={(event) => setPointOfSale(event.target.value)} error={errors.byField.pointOfSale} maxLength={100} />
          <TextField name="note" label={t('cashier.note')} value={note} onChange={(event) => setNote(event.target.value)} error={errors.byField.note} maxLength={500} />
        </div>
        <div>
          <Button type="submit" variant="primary" busy={busy}>
            {t('cashier.accept')}
          </Button>
        </div>
      </form>
    </section>
  );
}
