import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { type ServiceDetail, type VisitObjectView, setServiceVisitObjects } from '../service-endpoints.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';

/** Which of the venue's visit objects the service offers, and which of them are required (seed 002's IsRequire). */
export function ObjectOptions({ service, objects, onSaved }: { service: ServiceDetail; objects: VisitObjectView[]; onSaved: (service: ServiceDetail) => void }) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState(() => new Map(service.visitObjects.map((object) => [object.id, object.isRequire])));
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const toggle = (id: string, offered: boolean) => {
    const next = new Map(chosen);
    if (offered) next.set(id, false);
    else next.delete(id);
    setChosen(next);
  };
  const save = async () => {
    setSaved(false);
    const result = await submit.run(() => setServiceVisitObjects(service.id, [...chosen].map(([visitObjectId, isRequire]) => ({ visitObjectId, isRequire }))));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };
  return (
    <section className="panel" aria-labelledby="service-objects">
      <h2 id="service-objects">{t('services.visitObjects')}</h2>
      <p>{service.flags.isDisableEditVisitObject ? t('services.objectsFixed') : t('services.objectsChosen')}</p>
      <FormAlert>{inlineError(t, submit.error)}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      {objects.length === 0 ? (
        <p>
          {t('services.noObjects')} <Link to="/office/catalog/visit-objects">{t('catalogAdmin.visitObjects')}</Link>
        </p>
      ) : (
        <table className="table">
          <caption>{t('services.visitObjects')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('services.object')}</th>
              <th scope="col">{t('services.offered')}</th>
              <th scope="col">
                <code>IsRequire</code> — {t('services.isRequire')}
              </th>
            </tr>
          </thead>
          <tbody>
            {objects.map((object) => {
              const name = pickName(lang, object.name, object.nameEn);
              const offered = chosen.has(object.id);
              return (
                <tr key={object.id}>
                  <th scope="row">{name}</th>
                  <td>
                    <input type="checkbox" aria-label={t('services.offerObject', { name })} checked={offered} onChange={(event) => toggle(object.id, event.target.checked)} />
                  </td>
                  <td>
                    <input type="checkbox" aria-label={t('services.requireObject', { name })} checked={chosen.get(object.id) ?? false} disabled={!offered} onChange={(event) => setChosen(new Map(chosen).set(object.id, event.target.checked))} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Button variant="primary" onClick={() => void save()} busy={submit.busy}>
        {t('services.saveObjects')}
      </Button>
    </section>
  );
}
