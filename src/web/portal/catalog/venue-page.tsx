import { Link, useParams } from 'react-router';
import { getVenue, listEvents, listServices } from '../../endpoints/catalog.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import { isApiError } from '../../api.ts';
import { EventList } from './event-list.tsx';
import { ServiceCard } from './service-card.tsx';

/** A venue: what it is, its halls, what it sells, and what is coming up. */
export function VenuePage() {
  const { venueId = '' } = useParams();
  const { t, lang } = useI18n();
  const venue = useResource(() => getVenue(venueId), [venueId]);
  const services = useResource(() => listServices({ venueId, limit: 100 }), [venueId]);
  const events = useResource(() => listEvents({ venueId, limit: 8 }), [venueId]);
  usePageTitle(venue.data ? pickName(lang, venue.data.name, venue.data.nameEn) : undefined);

  if (isApiError(venue.error) && (venue.error.status === 404 || venue.error.status === 400)) return <NotFoundPage />;
  if (venue.error) return <LoadError error={venue.error} onRetry={venue.reload} />;
  if (!venue.data) return <Loading />;
  const data = venue.data;
  return (
    <div className="page">
      <p className="card-kicker">{t(`venueKind.${data.kind}`)}</p>
      <h1>{pickName(lang, data.name, data.nameEn)}</h1>
      <p className="lead">{data.description}</p>
      {data.address ? (
        <p>
          <strong>{t('catalog.address')}:</strong> {data.address}
        </p>
      ) : null}
      <p>
        <strong>{t('catalog.halls')}:</strong> {data.halls.map((hall) => hall.name).join(', ')}
      </p>

      <section aria-labelledby="venue-upcoming">
        <h2 id="venue-upcoming">{t('catalog.upcoming')}</h2>
        {events.loading ? <Loading /> : null}
        {events.data && events.data.items.length === 0 ? <p>{t('catalog.noEvents')}</p> : null}
        {events.data && events.data.items.length > 0 ? <EventList events={events.data.items} /> : null}
        <p>
          <Link to={`/schedule?venue=${data.id}`}>{t('catalog.allEvents')}</Link>
        </p>
      </section>

      <section aria-labelledby="venue-services">
        <h2 id="venue-services">{t('catalog.services')}</h2>
        {services.loading ? <Loading /> : null}
        {services.error ? <LoadError error={services.error} onRetry={services.reload} /> : null}
        {services.data && services.data.items.length === 0 ? <p>{t('catalog.noServices')}</p> : null}
        <ul className="card-grid">
          {(services.data?.items ?? []).map((service) => (
            <li key={service.id} className="card">
              <ServiceCard service={service} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
