import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { formErrors } from '../../../ui/error-text.ts';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { FormAlert, LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { listVenues } from '../catalog-endpoints.ts';
import { type VisitObjectView, createVisitObject, listVisitObjects, updateVisitObject } from '../service-endpoints.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';

/** Visit objects (exhibitions, buildings) of each venue: the parts of a museum-like service that can be chosen and priced. */
export function VisitObjectsPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('catalogAdmin.visitObjects'));
  const venues = useResource(() => listVenues(), []);
  const objects = useResource(() => listVisitObjects(), []);
  const venueName = (id: string) => {
    const venue = venues.data?.items.find((item) => item.id === id);
    return venue ? pickName(lang, venue.name, venue.nameEn) : '';
  };
  return (
    <section aria-labelledby="objects-title">
      <h1 id="objects-title">{t('catalogAdmin.visitObjects')}</h1>
      <p>{t('catalogAdmin.visitObjectsIntro')}</p>
      {objects.loading && !objects.data ? <Loading /> : null}
      {objects.error ? <LoadError error={objects.error} onRetry={objects.reload} /> : null}
      {objects.data ? (
        <table className="table">
          <caption>{t('catalogAdmin.visitObjects')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('catalogAdmin.venue')}</th>
              <th scope="col">{t('catalogAdmin.name')}</th>
              <th scope="col">{t('catalogAdmin.nameEn')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {objects.data.items.map((object) => (
              <ObjectRow key={object.id} object={object} venueName={venueName(object.venueId)} onSaved={objects.reload} />
            ))}
          </tbody>
        </table>
      ) : null}
      <NewObject venues={(venues.data?.items ?? []).map((venue) => ({ id: venue.id, name: pickName(lang, venue.name, venue.nameEn) }))} onSaved={objects.reload} />
    </section>
  );
}

function ObjectRow({ object, venueName, onSaved }: { object: VisitObjectView; venueName: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState(object.name);
  const [nameEn, setNameEn] = useState(object.nameEn ?? '');
  const submit = useSubmit();
  const save = async () => {
    if (await submit.run(() => updateVisitObject(object.id, { name, nameEn: nameEn || null }))) onSaved();
  };
  return (
    <tr>
      <td>{venueName}</td>
      <td>
        <input aria-label={t('catalogAdmin.nameOf', { code: object.name })} value={name} onChange={(event) => setName(event.target.value)} />
      </td>
      <td>
        <input aria-label={t('catalogAdmin.nameEnOf', { code: object.name })} value={nameEn} onChange={(event) => setNameEn(event.target.value)} />
      </td>
      <td>
        <Button onClick={() => void save()} disabled={name === object.name && nameEn === (object.nameEn ?? '')} busy={submit.busy}>
          {t('common.save')}
        </Button>
        {submit.error ? <p className="field-error" role="alert">{inlineError(t, submit.error)}</p> : null}
      </td>
    </tr>
  );
}

function NewObject({ venues, onSaved }: { venues: { id: string; name: string }[]; onSaved: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ venueId: '', name: '', nameEn: '' });
  const submit = useSubmit();
  const errors = formErrors(t, submit.error, ['venueId', 'name', 'nameEn']);
  const venueId = form.venueId || (venues[0]?.id ?? '');
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (await submit.run(() => createVisitObject({ venueId, name: form.name, nameEn: form.nameEn || null }))) {
      setForm({ ...form, name: '', nameEn: '' });
      onSaved();
    }
  };
  return (
    <form className="panel form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('catalogAdmin.addVisitObject')}>
      <h2>{t('catalogAdmin.addVisitObject')}</h2>
      <FormAlert>{errors.general}</FormAlert>
      <div className="form-row">
        <SelectField name="venueId" label={t('catalogAdmin.venue')} value={venueId} onChange={(event) => setForm({ ...form, venueId: event.target.value })} error={errors.byField.venueId}>
          {venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.name}
            </option>
          ))}
        </SelectField>
        <TextField name="name" label={t('catalogAdmin.name')} value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} error={errors.byField.name} required />
        <TextField name="nameEn" label={t('catalogAdmin.nameEn')} value={form.nameEn} onChange={(event) => setForm({ ...form, nameEn: event.target.value })} error={errors.byField.nameEn} />
      </div>
      <div>
        <Button type="submit" variant="primary" busy={submit.busy}>
          {t('catalogAdmin.addVisitObject')}
        </Button>
      </div>
    </form>
  );
}
