import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { getService, getVenue, type ServiceDetail } from '../../endpoints/catalog.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import type { ServiceItem } from '../basket/basket-items.ts';
import { useBasket } from '../basket/basket-store.tsx';
import { Configurator } from '../configurator/configurator.tsx';
import { isConfigurable } from '../configurator/configurator-rules.ts';
import { PassSeats } from './pass-seats.tsx';
import { PriceTable } from './price-table.tsx';
import { QuantityOrder } from './quantity-order.tsx';

/** A service: what it is, its prices and terms, and the way to order it that its kind needs. */
export function ServicePage() {
  const { serviceId = '' } = useParams();
  const { t, lang } = useI18n();
  const { store } = useBasket();
  const service = useResource(() => getService(serviceId), [serviceId]);
  const venueId = service.data?.venueId;
  const venue = useResource(() => (venueId ? getVenue(venueId) : Promise.resolve(null)), [venueId]);
  const [added, setAdded] = useState(false);
  usePageTitle(service.data ? pickName(lang, service.data.name, service.data.nameEn) : undefined);

  if (isApiError(service.error) && (service.error.status === 404 || service.error.status === 400)) return <NotFoundPage />;
  if (service.error) return <LoadError error={service.error} onRetry={service.reload} />;
  if (!service.data || venue.loading) return <Loading />;
  const data = service.data;
  const timeZone = venue.data?.timeZone ?? 'Europe/Moscow';
  const add = (item: ServiceItem) => {
    store.add(item);
    setAdded(true);
  };

  return (
    <article className="page service-page">
      <p className="card-kicker">{t(`serviceKind.${data.kind}`)}</p>
      <h1>{pickName(lang, data.name, data.nameEn)}</h1>
      {venue.data ? (
        <p>
          <Link to={`/venues/${venue.data.id}`}>{pickName(lang, venue.data.name, venue.data.nameEn)}</Link>
        </p>
      ) : null}
      {data.description ? <p className="lead">{data.description}</p> : null}
      <ServiceFacts service={data} timeZone={timeZone} />
      <PriceTable service={data} />
      {added ? (
        <Notice tone="success">
          {t('service.added')} <Link to="/basket">{t('service.goToBasket')}</Link>
        </Notice>
      ) : null}
      {!data.isActive ? (
        <Notice tone="warning">{t('service.inactive')}</Notice>
      ) : isConfigurable(data) ? (
        <Configurator service={data} timeZone={timeZone} onAdd={add} />
      ) : (data.kind === 'bundle' || data.kind === 'season_ticket') && data.events.length > 0 ? (
        <PassSeats service={data} timeZone={timeZone} venueName={venue.data ? pickName(lang, venue.data.name, venue.data.nameEn) : ''} onAdd={add} />
      ) : (
        <QuantityOrder service={data} onAdd={add} />
      )}
    </article>
  );
}

function ServiceFacts({ service, timeZone }: { service: ServiceDetail; timeZone: string }) {
  const { t, lang } = useI18n();
  const facts: string[] = [];
  if (service.stockLeft !== null) facts.push(service.stockLeft > 0 ? t('service.stockLeft', { count: service.stockLeft }) : t('service.soldOut'));
  if (service.passVisits) facts.push(t('service.passVisits', { count: service.passVisits }));
  if (service.passDays) facts.push(t('service.passDays', { count: service.passDays }));
  if (service.groupMin || service.groupMax) facts.push(t('service.group', { min: service.groupMin ?? 1, max: service.groupMax ?? '∞' }));
  if (service.salesOpenAt || service.salesCloseAt) {
    facts.push(t('service.salesWindow', { from: service.salesOpenAt ? formatDateTime(lang, service.salesOpenAt, timeZone) : '…', to: service.salesCloseAt ? formatDateTime(lang, service.salesCloseAt, timeZone) : '…' }));
  }
  return (
    <>
      {facts.length > 0 ? (
        <ul className="facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      ) : null}
      {service.events.length > 0 ? (
        <section aria-labelledby="service-events">
          <h2 id="service-events">{t('service.events')}</h2>
          <ul className="link-list">
            {service.events.map((event) => (
              <li key={event.id}>
                <Link to={`/events/${event.id}`}>{event.title}</Link> — {formatDateTime(lang, event.startsAt, timeZone)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
