import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { ServiceKind } from '../../../../contexts/catalog/index.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert } from '../../../ui/loading.tsx';
import type { VenueSummary } from '../catalog-endpoints.ts';
import { createService } from '../service-endpoints.ts';
import { parseRoubles } from '../shared/money-input.ts';
import { useSubmit } from '../shared/use-submit.ts';

export const serviceKinds: readonly ServiceKind[] = ['museum_visit', 'excursion', 'event_ticket', 'bundle', 'season_ticket', 'facility_pass', 'addon_good', 'addon_service'];

/** A new service: its venue, kind, name and base cost; flags, options and prices follow on its own page. */
export function NewService({ venues, defaultVenueId }: { venues: VenueSummary[]; defaultVenueId: string }) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [form, setForm] = useState({ venueId: defaultVenueId, kind: 'museum_visit', name: '', cost: '' });
  const [costError, setCostError] = useState<string | undefined>();
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, ['venueId', 'kind', 'name', 'baseCostMinor']);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const baseCostMinor = form.cost.trim() ? parseRoubles(form.cost) : 0;
    setCostError(baseCostMinor === null ? t('catalogAdmin.priceInvalid') : undefined);
    if (baseCostMinor === null) return;
    const created = await submit.run(() => createService({ venueId: form.venueId || (venues[0]?.id ?? ''), kind: form.kind as ServiceKind, name: form.name, baseCostMinor }));
    if (created) void navigate(`/office/catalog/services/${created.id}`);
  };
  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('catalogAdmin.addService')}>
      <h2>{t('catalogAdmin.addService')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <SelectField name="venueId" label={t('catalogAdmin.venue')} value={form.venueId || (venues[0]?.id ?? '')} onChange={set('venueId')} error={errors.byField.venueId}>
          {venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {pickName(lang, venue.name, venue.nameEn)}
            </option>
          ))}
        </SelectField>
        <SelectField name="kind" label={t('catalogAdmin.kind')} value={form.kind} onChange={set('kind')} error={errors.byField.kind}>
          {serviceKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`serviceKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={set('name')} error={errors.byField.name} required />
        <TextField name="cost" inputMode="decimal" label={t('catalogAdmin.baseCostRub')} value={form.cost} onChange={set('cost')} error={costError ?? errors.byField.baseCostMinor} />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('catalogAdmin.addService')}
        </Button>
      </div>
    </form>
  );
}
