import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { Button } from '../../ui/button.tsx';
import { TextField } from '../../ui/field.tsx';
import { ClientPicker } from '../shared/client-picker.tsx';
import type { Filters } from '../shared/use-filter-params.ts';

export const requestFilterKeys = ['status', 'bookingNumber', 'clientId', 'from', 'to'] as const;
type Key = (typeof requestFilterKeys)[number];

/** Booking number, client and the days submitted; the status is chosen by the tabs. */
export function RequestFilters({ filters, onApply }: { filters: Filters<Key>; onApply: (next: Partial<Record<Key, string | undefined>>) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (key: Key, value: string | undefined) => setDraft((current) => ({ ...current, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ bookingNumber: draft.bookingNumber?.trim(), clientId: draft.clientId, from: draft.from, to: draft.to });
  };
  return (
    <form className="form filters-form" onSubmit={onSubmit} aria-label={t('office.filters')}>
      <div className="form-row">
        <TextField name="bookingNumber" label={t('office.bookingNumber')} value={draft.bookingNumber ?? ''} onChange={(event) => set('bookingNumber', event.target.value)} autoComplete="off" />
        <TextField name="from" type="date" label={t('office.dateFrom')} value={draft.from ?? ''} onChange={(event) => set('from', event.target.value)} />
        <TextField name="to" type="date" label={t('office.dateTo')} value={draft.to ?? ''} onChange={(event) => set('to', event.target.value)} />
      </div>
      <ClientPicker label={t('office.client')} clientId={draft.clientId} onChange={(clientId) => {
        set('clientId', clientId);
        onApply({ clientId });
      }} />
      <div className="actions">
        <Button type="submit" variant="primary">
          {t('office.applyFilters')}
        </Button>
        <Button onClick={() => onApply({ status: undefined, bookingNumber: undefined, clientId: undefined, from: undefined, to: undefined })}>{t('office.resetFilters')}</Button>
      </div>
    </form>
  );
}
