import { Link } from 'react-router';
import type { ServicePage } from '../../endpoints/catalog.ts';
import { formatMoney } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';

/** A service in a list: kind, name, a line of description, the price it starts from. */
export function ServiceCard({ service }: { service: ServicePage['items'][number] }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p className="card-kicker">{t(`serviceKind.${service.kind}`)}</p>
      <h3>
        <Link to={`/services/${service.id}`}>{pickName(lang, service.name, service.nameEn)}</Link>
      </h3>
      <p className="clamp">{service.description}</p>
      {service.baseCostMinor > 0 ? (
        <p className="price">
          {t('catalog.basePrice')}: {formatMoney(lang, service.baseCostMinor, service.currency)}
        </p>
      ) : null}
    </>
  );
}
