import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/field.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { listVenues } from '../manager/catalog-endpoints.ts';
import type { Period } from './reports-endpoints.ts';

/** The period and venue of a report; shown when "Show" is pressed, so typing a date does not fire a request per key. */
export function PeriodForm({ period, onChange }: { period: Period; onChange: (period: Period) => void }) {
  const { t, lang } = useI18n();
  const venues = useResource(() => listVenues(), []);
  const [draft, setDraft] = useState(period);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t('reports.period')}>
      <TextField name="from" type="date" label={t('reports.from')} value={draft.from} onChange={(event) => setDraft({ ...draft, from: event.target.value })} required />
      <TextField name="to" type="date" label={t('reports.to')} value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} required />
      <SelectField name="venue" label={t('catalogAdmin.venue')} value={draft.venueId ?? ''} onChange={(event) => setDraft({ ...draft, venueId: event.target.value || undefined })}>
        <option value="">{t('catalogAdmin.allVenues')}</option>
        {(venues.data?.items ?? []).map((venue) => (
          <option key={venue.id} value={venue.id}>
            {pickName(lang, venue.name, venue.nameEn)}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" variant="primary">
          {t('reports.show')}
        </Button>
      </div>
    </form>
  );
}
