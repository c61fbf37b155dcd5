import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert } from '../../../ui/loading.tsx';
import { createZone } from '../catalog-endpoints.ts';
import { useSubmit } from '../shared/use-submit.ts';

const fields = ['code', 'name', 'kind', 'capacity', 'coefficient', 'color'] as const;

/** A new zone: seated (its seats come from the layout import) or general admission with a capacity. */
export function ZoneForm({ hallId, onSaved }: { hallId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Record<(typeof fields)[number], string>>({ code: '', name: '', kind: 'general_admission', capacity: '', coefficient: '1', color: '' });
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, fields);
  const set = (name: (typeof fields)[number]) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const kind = form.kind === 'seated' ? 'seated' : 'general_admission';
    const body = {
      code: form.code,
      name: form.name,
      kind,
      coefficient: form.coefficient,
      color: form.color || null,
      ...(kind === 'general_admission' ? { capacity: Number(form.capacity) || 0 } : {}),
    } as const;
    if (await submit.run(() => createZone(hallId, body))) onSaved();
  };

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('catalogAdmin.addZone')}>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <TextField name="code" label={t('catalogAdmin.code')} value={form.code} onChange={set('code')} error={errors.byField.code} hint={t('catalogAdmin.codeHint')} required />
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={set('name')} error={errors.byField.name} required />
        <SelectField name="kind" label={t('catalogAdmin.zoneKind')} value={form.kind} onChange={set('kind')} error={errors.byField.kind}>
          <option value="general_admission">{t('zoneKind.general_admission')}</option>
          <option value="seated">{t('zoneKind.seated')}</option>
        </SelectField>
      </div>
      <div className="form-row">
        {form.kind === 'general_admission' ? (
          <TextField name="capacity" type="number" min={1} label={t('catalogAdmin.capacity')} value={form.capacity} onChange={set('capacity')} error={errors.byField.capacity} required />
        ) : null}
        <TextField name="coefficient" label={t('catalogAdmin.coefficient')} value={form.coefficient} onChange={set('coefficient')} error={errors.byField.coefficient} hint={t('catalogAdmin.coefficientHint')} />
        <TextField name="color" type="color" label={t('catalogAdmin.color')} value={form.color || '#1e88e5'} onChange={set('color')} error={errors.byField.color} />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('catalogAdmin.addZone')}
        </Button>
      </div>
    </form>
  );
}
