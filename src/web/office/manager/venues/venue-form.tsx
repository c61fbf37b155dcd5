import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { type VenueDetail, createVenue, updateVenue } from '../catalog-endpoints.ts';
import { useSubmit } from '../shared/use-submit.ts';
import { formErrors } from '../../../ui/error-text.ts';

const kinds = ['cinema', 'stadium', 'museum', 'other'] as const;
const fields = ['kind', 'name', 'nameEn', 'address', 'timeZone', 'holdMinutes', 'confirmHours', 'description'] as const;

/** A venue's own details: new, or changed. Its time zone is the wall clock of its schedule. */
export function VenueForm({ venue, onSaved }: { venue?: VenueDetail; onSaved: (venue: VenueDetail) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Record<(typeof fields)[number], string>>({
    kind: venue?.kind ?? 'cinema',
    name: venue?.name ?? '',
    nameEn: venue?.nameEn ?? '',
    address: venue?.address ?? '',
    description: venue?.description ?? '',
    timeZone: venue?.timeZone ?? 'Europe/Moscow',
    holdMinutes: String(venue?.holdMinutes ?? 30),
    confirmHours: String(venue?.confirmHours ?? 48),
  });
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { ...form, kind: form.kind as VenueDetail['kind'], nameEn: form.nameEn || null, holdMinutes: Number(form.holdMinutes), confirmHours: Number(form.confirmHours) };
    const result = await submit.run(() => (venue ? updateVenue(venue.id, body) : createVenue({ ...body, nameEn: form.nameEn || undefined })));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={venue ? t('catalogAdmin.editVenue') : t('catalogAdmin.addVenue')}>
      <FormAlert>{errors.general}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <div className="form-row">
        <SelectField name="kind" label={t('catalogAdmin.kind')} value={form.kind} onChange={set('kind')} error={errors.byField.kind}>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`venueKind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={set('name')} error={errors.byField.name} required />
        <TextField name="nameEn" label={t('catalogAdmin.nameEn')} value={form.nameEn} onChange={set('nameEn')} error={errors.byField.nameEn} />
      </div>
      <div className="form-row">
        <TextField name="address" label={t('catalog.address')} value={form.address} onChange={set('address')} error={errors.byField.address} />
        <TextField name="timeZone" label={t('catalogAdmin.timeZone')} value={form.timeZone} onChange={set('timeZone')} error={errors.byField.timeZone} hint={t('catalogAdmin.timeZoneHint')} />
      </div>
      <div className="form-row">
        <TextField name="holdMinutes" type="number" min={1} label={t('catalogAdmin.holdMinutes')} value={form.holdMinutes} onChange={set('holdMinutes')} error={errors.byField.holdMinutes} />
        <TextField name="confirmHours" type="number" min={1} label={t('catalogAdmin.confirmHours')} value={form.confirmHours} onChange={set('confirmHours')} error={errors.byField.confirmHours} />
      </div>
      <TextField name="description" label={t('common.description')} value={form.description} onChange={set('description')} error={errors.byField.description} />
      <div>
        <Button type="submit" variant="primary" busy={submit.busy} busyLabel={t('common.saving')}>
          {venue ? t('common.save') : t('catalogAdmin.addVenue')}
        </Button>
      </div>
    </form>
  );
}
