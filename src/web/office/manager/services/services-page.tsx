import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatMoney } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { SelectField } from '../../../ui/field.tsx';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { Pager } from '../../../ui/pager.tsx';
import { useResource } from '../../../ui/use-resource.ts';
import { listVenues } from '../catalog-endpoints.ts';
import { listServices } from '../service-endpoints.ts';
import { NewService } from './new-service.tsx';

const pageSize = 50;

/** Services of every venue (tickets, passes, excursions, add-ons), with a form for a new one. */
export function ServicesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('catalogAdmin.services'));
  const [params, setParams] = useSearchParams();
  const venueId = params.get('venue') ?? '';
  const [offset, setOffset] = useState(0);
  const venues = useResource(() => listVenues(), []);
  const services = useResource(() => listServices({ venueId: venueId || undefined, limit: pageSize, offset }), [venueId, offset]);
  const venueName = (id: string) => {
    const venue = venues.data?.items.find((item) => item.id === id);
    return venue ? pickName(lang, venue.name, venue.nameEn) : '';
  };
  return (
    <section aria-labelledby="services-title">
      <h1 id="services-title">{t('catalogAdmin.services')}</h1>
      <div className="inline-form">
        <SelectField name="venue" label={t('catalogAdmin.venue')} value={venueId} onChange={(event) => { setParams(event.target.value ? { venue: event.target.value } : {}, { replace: true }); setOffset(0); }}>
          <option value="">{t('catalog.allVenues')}</option>
          {(venues.data?.items ?? []).map((venue) => (
            <option key={venue.id} value={venue.id}>
              {pickName(lang, venue.name, venue.nameEn)}
            </option>
          ))}
        </SelectField>
      </div>
      {services.loading && !services.data ? <Loading /> : null}
      {services.error ? <LoadError error={services.error} onRetry={services.reload} /> : null}
      {services.data ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('catalogAdmin.services')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogAdmin.name')}</th>
                <th scope="col">{t('catalogAdmin.kind')}</th>
                <th scope="col">{t('catalogAdmin.venue')}</th>
                <th scope="col" className="num">{t('service.baseCost')}</th>
                <th scope="col">{t('catalogAdmin.onSale')}</th>
              </tr>
            </thead>
            <tbody>
              {services.data.items.map((service) => (
                <tr key={service.id}>
                  <td>
                    <Link to={`/office/catalog/services/${service.id}`}>{pickName(lang, service.name, service.nameEn)}</Link>
                  </td>
                  <td>{t(`serviceKind.${service.kind}`)}</td>
                  <td>{venueName(service.venueId)}</td>
                  <td className="num">{formatMoney(lang, service.baseCostMinor, service.currency)}</td>
                  <td>{service.isActive ? t('common.yes') : t('common.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={services.data.total} limit={pageSize} offset={offset} onOffset={setOffset} />
        </div>
      ) : null}
      <NewService venues={venues.data?.items ?? []} defaultVenueId={venueId} />
    </section>
  );
}
