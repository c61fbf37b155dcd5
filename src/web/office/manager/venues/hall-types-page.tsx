import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { TextField } from '../../../ui/field.tsx';
import { FormAlert, LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { type HallTypeView, createHallType, listHallTypes, updateHallType } from '../catalog-endpoints.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';

/** Hall types (VIP, IMAX, ...) with the coefficient each multiplies a cinema ticket by; shared by every venue. */
export function HallTypesPage() {
  const { t } = useI18n();
  usePageTitle(t('catalogAdmin.hallTypes'));
  const types = useResource(() => listHallTypes(), []);
  return (
    <section aria-labelledby="hall-types-title">
      <h1 id="hall-types-title">{t('catalogAdmin.hallTypes')}</h1>
      <p>{t('catalogAdmin.hallTypesIntro')}</p>
      {types.loading ? <Loading /> : null}
      {types.error ? <LoadError error={types.error} onRetry={types.reload} /> : null}
      {types.data ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('catalogAdmin.hallTypes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogAdmin.code')}</th>
                <th scope="col">{t('catalogAdmin.name')}</th>
                <th scope="col">{t('catalogAdmin.coefficient')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {types.data.items.map((type) => (
                <HallTypeRow key={type.id} type={type} onSaved={types.reload} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <NewHallType onSaved={types.reload} />
    </section>
  );
}

function HallTypeRow({ type, onSaved }: { type: HallTypeView; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(type.name);
  const [coefficient, setCoefficient] = useState(String(Number(type.coefficient)));
  const submit = useSubmit();
  const changed = name !== type.name || coefficient !== String(Number(type.coefficient));
  const save = async () => {
    if (await submit.run(() => updateHallType(type.id, { name, coefficient }))) onSaved();
  };
  return (
    <tr>
      <td>{type.code}</td>
      <td>
        <input aria-label={t('catalogAdmin.nameOf', { code: type.code })} value={name} onChange={(event) => setName(event.target.value)} />
      </td>
      <td>
        <input aria-label={t('catalogAdmin.coefficientOf', { code: type.code })} value={coefficient} inputMode="decimal" size={7} onChange={(event) => setCoefficient(event.target.value)} />
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

function NewHallType({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ code: '', name: '', coefficient: '' });
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, ['code', 'name', 'coefficient']);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(() => createHallType(form))) {
      setForm({ code: '', name: '', coefficient: '' });
      onSaved();
    }
  };
  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('catalogAdmin.addHallType')}>
      <h2>{t('catalogAdmin.addHallType')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <TextField name="code" label={t('catalogAdmin.code')} value={form.code} onChange={(event) => setForm({ ...form, code: event.target.value })} error={errors.byField.code} hint={t('catalogAdmin.codeHint')} required />
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} error={errors.byField.name} required />
        <TextField name="coefficient" label={t('catalogAdmin.coefficient')} inputMode="decimal" value={form.coefficient} onChange={(event) => setForm({ ...form, coefficient: event.target.value })} error={errors.byField.coefficient} hint={t('catalogAdmin.coefficientHint')} required />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('catalogAdmin.addHallType')}
        </Button>
      </div>
    </form>
  );
}
