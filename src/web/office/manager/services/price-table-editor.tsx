import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { FormAlert, Notice } from '../../../ui/loading.tsx';
import { type ServiceDetail, setServicePrices } from '../service-endpoints.ts';
import { parseRoubles, roublesText } from '../shared/money-input.ts';
import { inlineError, useSubmit } from '../shared/use-submit.ts';

interface Row {
  key: number;
  objectId: string;
  categoryId: string;
  price: string;
}

/**
 * The price table of seed 002: a price per (visit object or any, visitor category or
 * any). The most specific row that matches a chosen line wins; with none, the base cost.
 */
export function PriceTableEditor({ service, onSaved }: { service: ServiceDetail; onSaved: (service: ServiceDetail) => void }) {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<Row[]>(() =>
    service.prices.map((price, key) => ({ key, objectId: price.visitObjectId ?? '', categoryId: price.visitorCategoryId ?? '', price: roublesText(price.priceMinor) })),
  );
  const [nextKey, setNextKey] = useState(service.prices.length);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const bad = rows.filter((row) => parseRoubles(row.price) === null).map((row) => row.key);
  const change = (key: number, patch: Partial<Row>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const save = async () => {
    setSaved(false);
    if (bad.length > 0) return;
    const prices = rows.map((row) => ({ visitObjectId: row.objectId || null, visitorCategoryId: row.categoryId || null, priceMinor: parseRoubles(row.price) ?? 0 }));
    const result = await submit.run(() => setServicePrices(service.id, prices));
    if (result) {
      setSaved(true);
      onSaved(result);
    }
  };
  return (
    <section className="panel" aria-labelledby="service-prices">
      <h2 id="service-prices">{t('service.priceTable')}</h2>
      <p>{t('services.priceTableIntro')}</p>
      <FormAlert>{inlineError(t, submit.error)}</FormAlert>
      {saved ? <Notice tone="success">{t('common.saved')}</Notice> : null}
      <table className="table">
        <caption>{t('service.priceTable')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('services.object')}</th>
            <th scope="col">{t('services.category')}</th>
            <th scope="col">{t('services.priceRub')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td>
                <select aria-label={t('services.rowObject', { row: index + 1 })} value={row.objectId} onChange={(event) => change(row.key, { objectId: event.target.value })}>
                  <option value="">{t('service.anyObject')}</option>
                  {service.visitObjects.map((object) => (
                    <option key={object.id} value={object.id}>
                      {pickName(lang, object.name, object.nameEn)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select aria-label={t('services.rowCategory', { row: index + 1 })} value={row.categoryId} onChange={(event) => change(row.key, { categoryId: event.target.value })}>
                  <option value="">{t('service.anyCategory')}</option>
                  {service.visitorCategories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {pickName(lang, category.name, category.nameEn)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input aria-label={t('services.rowPrice', { row: index + 1 })} inputMode="decimal" size={9} value={row.price} aria-invalid={bad.includes(row.key) || undefined} onChange={(event) => change(row.key, { price: event.target.value })} />
                {bad.includes(row.key) ? <p className="field-error">{t('catalogAdmin.priceInvalid')}</p> : null}
              </td>
              <td>
                <Button variant="link" onClick={() => setRows(rows.filter((item) => item.key !== row.key))}>
                  {t('services.removeRow')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <Button onClick={() => { setRows([...rows, { key: nextKey, objectId: '', categoryId: '', price: '' }]); setNextKey(nextKey + 1); }}>{t('services.addRow')}</Button>
        <Button variant="primary" onClick={() => void save()} busy={submit.busy} disabled={bad.length > 0}>
          {t('services.savePrices')}
        </Button>
      </div>
    </section>
  );
}
