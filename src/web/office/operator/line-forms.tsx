import { useState, type FormEvent } from 'react';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { formErrors } from '../../ui/error-text.ts';
import { TextField } from '../../ui/field.tsx';
import { FormAlert } from '../../ui/loading.tsx';
import { parseRoubles } from '../shared/money-input.ts';
import type { RequestLine } from './requests-api.ts';
import type { useAdjust } from './use-adjust.ts';

type Adjust = ReturnType<typeof useAdjust>;

export function LineQuantityForm({ line, adjust }: { line: RequestLine; adjust: Adjust }) {
  const { t } = useI18n();
  const [quantity, setQuantity] = useState(String(line.quantity));
  const errors = formErrors(t, adjust.errorOf('quantity'), ['quantity']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void adjust.submit('quantity', { quantity: Number(quantity) }, t('operator.quantityChanged', { no: line.lineNo, quantity }));
  };
  return (
    <form className="form line-form" onSubmit={submit} noValidate aria-label={t('operator.changeQuantity')}>
      <FormAlert>{errors.general}</FormAlert>
      <TextField name="quantity" type="number" min={1} step={1} label={t('operator.newQuantity')} value={quantity} onChange={(event) => setQuantity(event.target.value)} error={errors.byField.quantity} required />
      <div>
        <Button type="submit" busy={adjust.busy === 'quantity'} disabled={quantity === String(line.quantity)}>
          {t('operator.changeQuantity')}
        </Button>
      </div>
    </form>
  );
}

/** A contract's special price (or any agreed price) set by hand: the reason is kept with it. */
export function LinePriceForm({ line, adjust }: { line: RequestLine; adjust: Adjust }) {
  const { t, lang } = useI18n();
  const [price, setPrice] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = formErrors(t, adjust.errorOf('price'), ['priceOverrideMinor', 'reason']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minor = parseRoubles(price);
    const missing: Record<string, string> = {};
    if (minor === null) missing.priceOverrideMinor = t('office.amountInvalid');
    if (!reason.trim()) missing.reason = t('office.reasonRequired');
    setLocal(missing);
    if (minor === null || !reason.trim()) return;
    void adjust.submit('price', { priceOverrideMinor: minor, reason: reason.trim() }, t('operator.priceChanged', { no: line.lineNo, price: formatMoney(lang, minor, line.currency) }));
  };
  return (
    <form className="form line-form" onSubmit={submit} noValidate aria-label={t('operator.setPrice')}>
      <h4>{t('operator.setPrice')}</h4>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <TextField name="priceOverrideMinor" inputMode="decimal" label={t('operator.newUnitPrice')} hint={line.unitPriceMinor === null ? undefined : t('operator.currentUnitPrice', { price: formatMoney(lang, line.unitPriceMinor, line.currency) })} value={price} onChange={(event) => setPrice(event.target.value)} error={local.priceOverrideMinor ?? errors.byField.priceOverrideMinor} required />
        <TextField name="reason" label={t('operator.priceReason')} value={reason} onChange={(event) => setReason(event.target.value)} error={local.reason ?? errors.byField.reason} required maxLength={500} />
      </div>
      <div>
        <Button type="submit" busy={adjust.busy === 'price'}>
          {t('operator.setPrice')}
        </Button>
      </div>
    </form>
  );
}

export function LineRemoveForm({ line, adjust }: { line: RequestLine; adjust: Adjust }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const errors = formErrors(t, adjust.errorOf('remove'), ['reason']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!reason.trim());
    if (!reason.trim()) return;
    void adjust.submit('remove', { remove: true, reason: reason.trim() }, t('operator.lineRemoved', { no: line.lineNo }));
  };
  return (
    <form className="form line-form" onSubmit={submit} noValidate aria-label={t('operator.removeLine')}>
      <h4>{t('operator.removeLine')}</h4>
      <FormAlert>{errors.general}</FormAlert>
      <TextField name="reason" label={t('operator.removeReason')} value={reason} onChange={(event) => setReason(event.target.value)} error={missing ? t('office.reasonRequired') : errors.byField.reason} required maxLength={500} />
      <div>
        <Button type="submit" variant="danger" busy={adjust.busy === 'remove'}>
          {t('operator.removeLine')}
        </Button>
      </div>
    </form>
  );
}
