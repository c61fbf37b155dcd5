import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { TextField } from '../../../ui/field.tsx';
import { FormAlert, LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { type VisitorCategoryView, createVisitorCategory, listVisitorCategories, updateVisitorCategory } from '../service-endpoints.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';

/** Visitor categories (adult, child, student, pensioner, ...): priced per service. */
export function VisitorCategoriesPage() {
  const { t } = useI18n();
  usePageTitle(t('catalogAdmin.visitorCategories'));
  const categories = useResource(() => listVisitorCategories(), []);
  return (
    <section aria-labelledby="categories-title">
      <h1 id="categories-title">{t('catalogAdmin.visitorCategories')}</h1>
      {categories.loading && !categories.data ? <Loading /> : null}
      {categories.error ? <LoadError error={categories.error} onRetry={categories.reload} /> : null}
      {categories.data ? (
        <table className="table">
          <caption>{t('catalogAdmin.visitorCategories')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogAdmin.code')}</th>
              <th scope="col">{t('catalogAdmin.name')}</th>
              <th scope="col">{t('catalogAdmin.nameEn')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.data.items.map((category) => (
              <CategoryRow key={category.id} category={category} onSaved={categories.reload} />
            ))}
          </tbody>
        </table>
      ) : null}
      <NewCategory onSaved={categories.reload} />
    </section>
  );
}

function CategoryRow({ category, onSaved }: { category: VisitorCategoryView; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(category.name);
  const [nameEn, setNameEn] = useState(category.nameEn ?? '');
  const submit = useSubmit();
  const save = async () => {
    if (await submit.run(() => updateVisitorCategory(category.id, { name, nameEn: nameEn || null }))) onSaved();
  };
  return (
    <tr>
      <td>{category.code}</td>
      <td>
        <input aria-label={t('catalogAdmin.nameOf', { code: category.code })} value={name} onChange={(event) => setName(event.target.value)} />
      </td>
      <td>
        <input aria-label={t('catalogAdmin.nameEnOf', { code: category.code })} value={nameEn} onChange={(event) => setNameEn(event.target.value)} />
      </td>
      <td>
        <Button onClick={() => void save()} disabled={name === category.name && nameEn === (category.nameEn ?? '')} busy={submit.busy}>
          {t('common.save')}
        </Button>
        {submit.error ? <p className="field-error" role="alert">{inlineError(t, submit.error)}</p> : null}
      </td>
    </tr>
  );
}

function NewCategory({ onSaved }: { onSaved: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ code: '', name: '', nameEn: '' });
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, ['code', 'name', 'nameEn']);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(() => createVisitorCategory({ code: form.code, name: form.name, nameEn: form.nameEn || null }))) {
      setForm({ code: '', name: '', nameEn: '' });
      onSaved();
    }
  };
  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('catalogAdmin.addVisitorCategory')}>
      <h2>{t('catalogAdmin.addVisitorCategory')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <TextField name="code" label={t('catalogAdmin.code')} value={form.code} onChange={(event) => setForm({ ...form, code: event.target.value })} error={errors.byField.code} hint={t('catalogAdmin.codeHint')} required />
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} error={errors.byField.name} required />
        <TextField name="nameEn" label={t('catalogAdmin.nameEn')} value={form.nameEn} onChange={(event) => setForm({ ...form, nameEn: event.target.value })} error={errors.byField.nameEn} />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('catalogAdmin.addVisitorCategory')}
        </Button>
      </div>
    </form>
  );
}
