import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { type ServiceDetail, type VisitorCategoryView, setServiceVisitorCategories } from '../service-endpoints.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';

/** Which visitor categories the service offers, and the fixed number of visitors of each (seed 002's RequireVisitorCount). */
export function CategoryOptions({ service, categories, onSaved }: { service: ServiceDetail; categories: VisitorCategoryView[]; onSaved: (service: ServiceDetail) => void }) {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState(() => new Map(service.visitorCategories.map((category) => [category.id, String(category.requireVisitorCount ?? '')])));
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const toggle = (id: string, offered: boolean) => {
    const next = new Map(chosen);
    if (offered) next.set(id, '');
    else next.delete(id);
    setChosen(next);
  };
  const save = async () => {
    setSaved(false);
    const rows = [...chosen].map(([visitorCategoryId, count]) => ({ visitorCategoryId, requireVisitorCount: count.trim() ? Number(count) : null }));
    const result = await submit.run(() => setServiceVisitorCategories(service.id, rows));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };
  return (
    <section className="panel" aria-labelledby="service-categories">
      <h2 id="service-categories">{t('services.visitorCategories')}</h2>
      <p>{service.flags.isDisableEditVisitor ? t('services.categoriesFixed') : t('services.categoriesChosen')}</p>
      <FormAlert>{inlineError(t, submit.error)}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      {categories.length === 0 ? (
        <p>
          {t('services.noCategories')} <Link to="/office/catalog/visitor-categories">{t('catalogAdmin.visitorCategories')}</Link>
        </p>
      ) : (
        <table className="table">
          <caption>{t('services.visitorCategories')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('services.category')}</th>
              <th scope="col">{t('services.offered')}</th>
              <th scope="col">
                <code>RequireVisitorCount</code> — {t('services.requireCount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => {
              const name = pickName(lang, category.name, category.nameEn);
              const offered = chosen.has(category.id);
              return (
                <tr key={category.id}>
                  <th scope="row">{name}</th>
                  <td>
                    <input type="checkbox" aria-label={t('services.offerCategory', { name })} checked={offered} onChange={(event) => toggle(category.id, event.target.checked)} />
                  </td>
                  <td>
                    <input type="number" min={1} size={5} aria-label={t('services.requireCountOf', { name })} placeholder="—" value={chosen.get(category.id) ?? ''} disabled={!offered} onChange={(event) => setChosen(new Map(chosen).set(category.id, event.target.value))} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Button variant="primary" onClick={() => void save()} busy={submit.busy}>
        {t('services.saveCategories')}
      </Button>
    </section>
  );
}
