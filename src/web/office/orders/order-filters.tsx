import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/field.tsx';
import { ClientPicker } from '../shared/client-picker.tsx';
import { paymentKinds, paymentStatuses } from '../shared/statuses.ts';
import type { Filters } from '../shared/use-filter-params.ts';
import type { OrderFilterKey } from './order-query.ts';

/** Payment status and kind, booking number, days formed, event day and client; the status is chosen by the tabs. */
export function OrderFilters({ filters, onApply }: { filters: Filters<OrderFilterKey>; onApply: (next: Partial<Record<OrderFilterKey, string | undefined>>) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (key: OrderFilterKey, value: string | undefined) => setDraft((current) => ({ ...current, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { status: _status, ...rest } = draft;
    onApply({ ...rest, bookingNumber: draft.bookingNumber?.trim() });
  };
  const clear = Object.fromEntries(['status', 'paymentStatus', 'paymentKind', 'clientId', 'bookingNumber', 'from', 'to', 'eventDate'].map((key) => [key, undefined]));
  return (
    <form className="form filters-form" onSubmit={onSubmit} aria-label={t('office.filters')}>
      <div className="form-row">
        <SelectField name="paymentStatus" label={t('orders.paymentStatus')} value={draft.paymentStatus ?? ''} onChange={(event) => set('paymentStatus', event.target.value)}>
          <option value="">{t('orders.any')}</option>
          {paymentStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`payment.${status}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="paymentKind" label={t('orders.paymentKind')} value={draft.paymentKind ?? ''} onChange={(event) => set('paymentKind', event.target.value)}>
          <option value="">{t('orders.any')}</option>
          {paymentKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`paymentKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="bookingNumber" label={t('office.bookingNumber')} value={draft.bookingNumber ?? ''} onChange={(event) => set('bookingNumber', event.target.value)} autoComplete="off" />
      </div>
      <div className="form-row">
        <TextField name="from" type="date" label={t('orders.createdFrom')} value={draft.from ?? ''} onChange={(event) => set('from', event.target.value)} />
        <TextField name="to" type="date" label={t('orders.createdTo')} value={draft.to ?? ''} onChange={(event) => set('to', event.target.value)} />
        <TextField name="eventDate" type="date" label={t('orders.eventDate')} value={draft.eventDate ?? ''} onChange={(event) => set('eventDate', event.target.value)} />
      </div>
      <ClientPicker label={t('office.client')} clientId={draft.clientId} onChange={(clientId) => {
        set('clientId', clientId);
        onApply({ clientId });
      }} />
      <div className="actions">
        <Button type="submit" variant="primary">
          {t('office.applyFilters')}
        </Button>
        <Button onClick={() => onApply(clear)}>{t('office.resetFilters')}</Button>
      </div>
    </form>
  );
}
