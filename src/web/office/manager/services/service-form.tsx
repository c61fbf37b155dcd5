import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { CheckboxField, TextField } from '../../../ui/field.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { type ServiceDetail, updateService } from '../service-endpoints.ts';
import { parseRoubles, roublesText } from '../shared/money-input.ts';
import { useSubmit } from '../shared/use-submit.ts';

const fields = ['name', 'nameEn', 'description', 'baseCostMinor', 'isActive', 'isEditable', 'stock', 'groupMin', 'groupMax'] as const;
const countOrNull = (text: string) => (text.trim() ? Number(text) : null);

/** The plain details of a service: names, base cost (the price when no price row matches), on sale or not, stock, group size. */
export function ServiceForm({ service, onSaved }: { service: ServiceDetail; onSaved: (service: ServiceDetail) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({
    name: service.name,
    nameEn: service.nameEn ?? '',
    description: service.description,
    cost: roublesText(service.baseCostMinor),
    stock: String(service.stock ?? ''),
    groupMin: String(service.groupMin ?? ''),
    groupMax: String(service.groupMax ?? ''),
  });
  const [isActive, setActive] = useState(service.isActive);
  const [isEditable, setEditable] = useState(service.isEditable);
  const [costError, setCostError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const baseCostMinor = parseRoubles(form.cost);
    setCostError(baseCostMinor === null ? t('catalogAdmin.priceInvalid') : undefined);
    if (baseCostMinor === null) return;
    const body = {
      name: form.name,
      nameEn: form.nameEn || null,
      description: form.description,
      baseCostMinor,
      isActive,
      isEditable,
      stock: countOrNull(form.stock),
      groupMin: countOrNull(form.groupMin),
      groupMax: countOrNull(form.groupMax),
    };
    const result = await submit.run(() => updateService(service.id, body));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };

  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="service-details">
      <h2 id="service-details">{t('services.details')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <div className="form-row">
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={set('name')} error={errors.byField.name} required />
        <TextField name="nameEn" label={t('catalogAdmin.nameEn')} value={form.nameEn} onChange={set('nameEn')} error={errors.byField.nameEn} />
        <TextField name="cost" inputMode="decimal" label={t('catalogAdmin.baseCostRub')} value={form.cost} onChange={set('cost')} error={costError ?? errors.byField.baseCostMinor} hint={t('services.baseCostHint')} />
      </div>
      <TextField name="description" label={t('common.description')} value={form.description} onChange={set('description')} error={errors.byField.description} />
      <div className="form-row">
        <TextField name="stock" type="number" min={0} label={t('services.stock')} hint={t('services.stockHint')} value={form.stock} onChange={set('stock')} error={errors.byField.stock} />
        <TextField name="groupMin" type="number" min={1} label={t('services.groupMin')} value={form.groupMin} onChange={set('groupMin')} error={errors.byField.groupMin} />
        <TextField name="groupMax" type="number" min={1} label={t('services.groupMax')} value={form.groupMax} onChange={set('groupMax')} error={errors.byField.groupMax} />
      </div>
      <CheckboxField name="isActive" label={t('services.isActive')} checked={isActive} onChange={(event) => setActive(event.target.checked)} error={errors.byField.isActive} />
      <CheckboxField name="isEditable" label={t('services.isEditable')} hint={t('services.isEditableHint')} checked={isEditable} onChange={(event) => setEditable(event.target.checked)} error={errors.byField.isEditable} />
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
