import type { ServiceDetail } from '../../endpoints/catalog.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';

/** The service's price table (seed 002): a row per object and category, and the base cost behind them. */
export function PriceTable({ service }: { service: ServiceDetail }) {
  const { t, lang } = useI18n();
  const objectName = (id: string | null) => {
    const object = service.visitObjects.find((candidate) => candidate.id === id);
    return object ? pickName(lang, object.name, object.nameEn) : t('service.anyObject');
  };
  const categoryName = (id: string | null) => {
    const category = service.visitorCategories.find((candidate) => candidate.id === id);
    return category ? pickName(lang, category.name, category.nameEn) : t('service.anyCategory');
  };
  const money = (minor: number) => formatMoney(lang, minor, service.currency);
  return (
    <section aria-labelledby="price-table-title">
      <h2 id="price-table-title">{t('service.priceTable')}</h2>
      {service.prices.length > 0 ? (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('service.object')}</th>
                <th scope="col">{t('service.category')}</th>
                <th scope="col" className="num">
                  {t('common.price')}
                </th>
              </tr>
            </thead>
            <tbody>
              {service.prices.map((row) => (
                <tr key={row.id}>
                  <td>{objectName(row.visitObjectId)}</td>
                  <td>{categoryName(row.visitorCategoryId)}</td>
                  <td className="num">{money(row.priceMinor)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        {t('service.baseCost')}: <strong>{money(service.baseCostMinor)}</strong>
      </p>
    </section>
  );
}
