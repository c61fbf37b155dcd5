import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert } from '../../../ui/loading.tsx';
import { type VenueSummary, createSessionType } from '../catalog-endpoints.ts';
import { useSubmit } from '../shared/use-submit.ts';
import { ageRatings } from './film-form.tsx';

const fields = ['venueId', 'code', 'name', 'coefficient', 'maxDurationMinutes', 'maxAgeRating'] as const;
const empty = { venueId: '', code: '', name: '', coefficient: '1', maxDuration: '', maxRating: '' };

/** A new session type, for one cinema or for every venue. */
export function NewSessionType({ venues, onSaved }: { venues: VenueSummary[]; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState(empty);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      venueId: form.venueId || null,
      code: form.code,
      name: form.name,
      coefficient: form.coefficient,
      maxDurationMinutes: form.maxDuration ? Number(form.maxDuration) : null,
      maxAgeRating: form.maxRating ? (Number(form.maxRating) as (typeof ageRatings)[number]) : null,
    };
    if (await submit.run(() => createSessionType(body))) {
      setForm(empty);
      onSaved();
    }
  };
  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('catalogAdmin.addSessionType')}>
      <h2>{t('catalogAdmin.addSessionType')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <SelectField name="venueId" label={t('catalogAdmin.venue')} value={form.venueId} onChange={set('venueId')} error={errors.byField.venueId}>
          <option value="">{t('catalogAdmin.allVenues')}</option>
          {venues
            .filter((venue) => venue.kind === 'cinema')
            .map((venue) => (
              <option key={venue.id} value={venue.id}>
                {pickName(lang, venue.name, venue.nameEn)}
              </option>
            ))}
        </SelectField>
        <TextField name="code" label={t('catalogAdmin.code')} value={form.code} onChange={set('code')} error={errors.byField.code} hint={t('catalogAdmin.codeHint')} required />
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={set('name')} error={errors.byField.name} required />
      </div>
      <div className="form-row">
        <TextField name="coefficient" inputMode="decimal" label={t('catalogAdmin.coefficient')} value={form.coefficient} onChange={set('coefficient')} error={errors.byField.coefficient} required />
        <TextField name="maxDuration" type="number" min={1} label={t('catalogAdmin.maxDuration')} hint={t('catalogAdmin.emptyNoLimit')} value={form.maxDuration} onChange={set('maxDuration')} error={errors.byField.maxDurationMinutes} />
        <SelectField name="maxRating" label={t('catalogAdmin.maxAgeRating')} value={form.maxRating} onChange={set('maxRating')} error={errors.byField.maxAgeRating}>
          <option value="">{t('catalogAdmin.noLimit')}</option>
          {ageRatings.map((rating) => (
            <option key={rating} value={rating}>
              {rating}+
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('catalogAdmin.addSessionType')}
        </Button>
      </div>
    </form>
  );
}
