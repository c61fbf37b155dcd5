import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { type SessionTypeView, updateSessionType } from '../catalog-endpoints.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';
import { ageRatings } from './film-form.tsx';

/** One session type, changed in place; an empty limit means "no limit". */
export function SessionTypeRow({ type, venueName, onSaved }: { type: SessionTypeView; venueName: string; onSaved: () => void }) {
  const { t } = useI18n();
  const initial = { name: type.name, coefficient: String(Number(type.coefficient)), maxDuration: String(type.maxDurationMinutes ?? ''), maxRating: String(type.maxAgeRating ?? '') };
  const [form, setForm] = useState(initial);
  const submit = useSubmit();
  const changed = JSON.stringify(form) !== JSON.stringify(initial);
  const set = (name: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [name]: event.target.value });
  const save = async () => {
    const body = {
      name: form.name,
      coefficient: form.coefficient,
      maxDurationMinutes: form.maxDuration ? Number(form.maxDuration) : null,
      maxAgeRating: form.maxRating ? (Number(form.maxRating) as (typeof ageRatings)[number]) : null,
    };
    if (await submit.run(() => updateSessionType(type.id, body))) onSaved();
  };
  return (
    <tr>
      <td>{venueName}</td>
      <td>{type.code}</td>
      <td>
        <input aria-label={t('catalogAdmin.nameOf', { code: type.code })} value={form.name} onChange={set('name')} />
      </td>
      <td>
        <input aria-label={t('catalogAdmin.coefficientOf', { code: type.code })} value={form.coefficient} inputMode="decimal" size={7} onChange={set('coefficient')} />
      </td>
      <td>
        <input aria-label={t('catalogAdmin.maxDurationOf', { code: type.code })} type="number" min={1} value={form.maxDuration} size={6} placeholder="∞" onChange={set('maxDuration')} />
      </td>
      <td>
        <select aria-label={t('catalogAdmin.maxAgeRatingOf', { code: type.code })} value={form.maxRating} onChange={set('maxRating')}>
          <option value="">{t('catalogAdmin.noLimit')}</option>
          {ageRatings.map((rating) => (
            <option key={rating} value={rating}>
              {rating}+
            </option>
          ))}
        </select>
      </td>
      <td>
        <Button onClick={() => void save()} disabled={!changed} busy={submit.busy}>
          {t('common.save')}
        </Button>
        {submit.error ? (
          <p className="field-error" role="alert">
            {inlineError(t, submit.error)}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
