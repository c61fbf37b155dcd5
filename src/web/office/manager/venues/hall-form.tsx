import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { CheckboxField, Fieldset, TextField } from '../../../ui/field.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { type HallTypeView, type HallView, createHall, updateHall } from '../catalog-endpoints.ts';
import { useSubmit } from '../shared/use-submit.ts';

/** A hall's name, description and hall types (each type's coefficient multiplies cinema prices). */
export function HallForm({ venueId, hall, hallTypes, onSaved }: { venueId: string; hall?: HallView; hallTypes: HallTypeView[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(hall?.name ?? '');
  const [description, setDescription] = useState(hall?.description ?? '');
  const [typeIds, setTypeIds] = useState(hall?.hallTypes.map((type) => type.id) ?? []);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, ['name', 'description', 'hallTypeIds']);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { name, description, hallTypeIds: typeIds };
    const result = await submit.run(() => (hall ? updateHall(hall.id, body) : createHall(venueId, body)));
    if (!result) return;
    setSaved(true);
    if (!hall) setName('');
    onSaved();
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={hall ? t('catalogAdmin.editHall', { hall: hall.name }) : t('catalogAdmin.addHall')}>
      <FormAlert>{errors.general}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <div className="form-row">
        <TextField name="name" label={t('catalogAdmin.hallName')} value={name} onChange={(event) => setName(event.target.value)} error={errors.byField.name} required />
        <TextField name="description" label={t('common.description')} value={description} onChange={(event) => setDescription(event.target.value)} error={errors.byField.description} />
      </div>
      <Fieldset legend={t('catalogAdmin.hallTypes')} error={errors.byField.hallTypeIds} hint={t('catalogAdmin.hallTypesHint')}>
        {hallTypes.map((type) => (
          <CheckboxField
            key={type.id}
            name={`hallType-${type.code}`}
            label={`${type.name} (×${Number(type.coefficient)})`}
            checked={typeIds.includes(type.id)}
            onChange={(event) => setTypeIds(event.target.checked ? [...typeIds, type.id] : typeIds.filter((id) => id !== type.id))}
          />
        ))}
      </Fieldset>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {hall ? t('common.save') : t('catalogAdmin.addHall')}
        </Button>
      </div>
    </form>
  );
}
