import { Link, useSearchParams } from 'react-router';
import { listServices, listVenues } from '../../endpoints/catalog.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { SelectField } from '../../ui/field.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Pager } from '../../ui/pager.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { ServiceCard } from './service-card.tsx';

const venueKinds = ['stadium', 'museum', 'cinema', 'other'] as const;
export const serviceKinds = ['event_ticket', 'bundle', 'season_ticket', 'excursion', 'facility_pass', 'addon_good', 'addon_service', 'museum_visit'] as const;
const pageSize = 12;

/** The catalog by venue and kind: the venues, then the services with their filters. */
export function CatalogPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const venueId = params.get('venue') ?? '';
  const serviceKind = params.get('service') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  usePageTitle(t('catalog.title'));

  const venues = useResource(() => listVenues(kind || undefined), [kind]);
  const allVenues = useResource(() => listVenues(), []);
  const services = useResource(
    () => listServices({ venueId: venueId || undefined, kind: serviceKinds.find((value) => value === serviceKind), limit: pageSize, offset }),
    [venueId, serviceKind, offset],
  );
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <div className="page">
      <h1>{t('catalog.title')}</h1>
      <p className="lead">{t('catalog.intro')}</p>

      <section aria-labelledby="venues-title">
        <h2 id="venues-title">{t('catalog.venues')}</h2>
        <div className="chip-group" role="group" aria-label={t('catalog.kindFilter')}>
          {['', ...venueKinds].map((value) => (
            <button key={value || 'all'} type="button" className={`chip${kind === value ? ' chip-active' : ''}`} aria-pressed={kind === value} onClick={() => update({ kind: value })}>
              {value ? t(`venueKind.${value as (typeof venueKinds)[number]}`) : t('catalog.allKinds')}
            </button>
          ))}
        </div>
        {venues.loading ? <Loading /> : null}
        {venues.error ? <LoadError error={venues.error} onRetry={venues.reload} /> : null}
        {venues.data ? (
          <ul className="card-grid">
            {venues.data.items.map((venue) => (
              <li key={venue.id} className="card venue-card">
                <p className="card-kicker">{t(`venueKind.${venue.kind}`)}</p>
                <h3>
                  <Link to={`/venues/${venue.id}`}>{pickName(lang, venue.name, venue.nameEn)}</Link>
                </h3>
                <p>{venue.description}</p>
                {venue.address ? <p className="muted">{venue.address}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="services-title">
        <h2 id="services-title">{t('catalog.services')}</h2>
        <div className="filters">
          <SelectField name="venue" label={t('catalog.venueFilter')} value={venueId} onChange={(event) => update({ venue: event.target.value, offset: '' })}>
            <option value="">{t('catalog.allVenues')}</option>
            {(allVenues.data?.items ?? []).map((venue) => (
              <option key={venue.id} value={venue.id}>
                {pickName(lang, venue.name, venue.nameEn)}
              </option>
            ))}
          </SelectField>
          <SelectField name="serviceKind" label={t('catalog.serviceKindFilter')} value={serviceKind} onChange={(event) => update({ service: event.target.value, offset: '' })}>
            <option value="">{t('catalog.allServiceKinds')}</option>
            {serviceKinds.map((value) => (
              <option key={value} value={value}>
                {t(`serviceKind.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {services.loading ? <Loading /> : null}
        {services.error ? <LoadError error={services.error} onRetry={services.reload} /> : null}
        {services.data ? (
          <>
            {services.data.items.length === 0 ? <p>{t('catalog.noServices')}</p> : null}
            <ul className="card-grid">
              {services.data.items.map((service) => (
                <li key={service.id} className="card">
                  <ServiceCard service={service} />
                </li>
              ))}
            </ul>
            <Pager total={services.data.total} limit={pageSize} offset={offset} onOffset={(next) => update({ offset: next ? String(next) : '' })} />
          </>
        ) : null}
      </section>
    </div>
  );
}
