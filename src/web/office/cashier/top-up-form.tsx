import { useRef, useState, type FormEvent } from 'react';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { SelectField, TextField } from '../../ui/field.tsx';
import { FormAlert, Notice } from '../../ui/loading.tsx';
import { parseRoubles } from '../shared/money-input.ts';
import { boxOfficeKinds, topUpAccount, type BoxOfficeKind } from './box-office-api.ts';
import { usePointOfSale } from './point-of-sale.ts';

/** Money paid in at the box office onto the client's internal account (taken once, even if sent twice). */
export function TopUpForm({ clientId, currency, onDone }: { clientId: string; currency: string; onDone: () => void }) {
  const { t, lang } = useI18n();
  const [kind, setKind] = useState<BoxOfficeKind>('cash');
  const [amount, setAmount] = useState('');
  const [pointOfSale, setPointOfSale] = usePointOfSale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [amountError, setAmountError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const errors = formErrors(t, error, ['kind', 'amountMinor', 'pointOfSale']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amountMinor = parseRoubles(amount);
    setAmountError(amountMinor === null ? t('office.amountInvalid') : null);
    if (amountMinor === null) return;
    const body = { kind, amountMinor, pointOfSale: pointOfSale.trim() || undefined };
    const fingerprint = JSON.stringify(body);
    if (attempt.current?.body !== fingerprint) attempt.current = { key: crypto.randomUUID(), body: fingerprint };
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await topUpAccount(clientId, { ...body, idempotencyKey: attempt.current.key });
      attempt.current = null;
      setAmount('');
      setDone(t('cashier.toppedUp', { amount: formatMoney(lang, result.amountMinor, currency), balance: formatMoney(lang, result.balanceMinor, currency) }));
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="top-up-title" className="panel">
      <h2 id="top-up-title">{t('cashier.topUp')}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('cashier.topUp')}>
        <FormAlert>{errors.general}</FormAlert>
        {done ? <Notice tone="success">{done}</Notice> : null}
        <SelectField name="kind" label={t('cashier.paymentKind')} value={kind} onChange={(event) => setKind(event.target.value as BoxOfficeKind)} error={errors.byField.kind}>
          {boxOfficeKinds.map((value) => (
            <option key={value} value={value}>
              {t(`paymentKind.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="amountMinor" label={t('cashier.amount')} inputMode="decimal" value={amount} onChange={(event) => setAmount(event.target.value)} error={amountError ?? errors.byField.amountMinor} required />
        <TextField name="pointOfSale" label={t('cashier.pointOfSale')} value={pointOfSale} onChange={(event) => setPointOfSale(event.target.value)} error={errors.byField.pointOfSale} maxLength={100} />
        <div>
          <Button type="submit" variant="primary" busy={busy}>
            {t('cashier.topUpSubmit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
