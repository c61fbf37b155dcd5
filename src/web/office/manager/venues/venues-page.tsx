import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { listVenues } from '../catalog-endpoints.ts';
import { VenueForm } from './venue-form.tsx';

/** Every venue, and a form to add one (halls and seats then come from a layout file). */
export function VenuesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('catalogAdmin.venues'));
  const venues = useResource(() => listVenues(), []);
  return (
    <section aria-labelledby="venues-title">
      <h1 id="venues-title">{t('catalogAdmin.venues')}</h1>
      {venues.loading ? <Loading /> : null}
      {venues.error ? <LoadError error={venues.error} onRetry={venues.reload} /> : null}
      {venues.data ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('catalogAdmin.venues')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogAdmin.name')}</th>
                <th scope="col">{t('catalogAdmin.kind')}</th>
                <th scope="col">{t('catalog.address')}</th>
                <th scope="col">{t('catalogAdmin.timeZone')}</th>
              </tr>
            </thead>
            <tbody>
              {venues.data.items.map((venue) => (
                <tr key={venue.id}>
                  <td>
                    <Link to={`/office/catalog/venues/${venue.id}`}>{pickName(lang, venue.name, venue.nameEn)}</Link>
                  </td>
                  <td>{t(`venueKind.${venue.kind}`)}</td>
                  <td>{venue.address}</td>
                  <td>{venue.timeZone}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="panel">
        <h2>{t('catalogAdmin.addVenue')}</h2>
        <VenueForm onSaved={() => venues.reload()} />
      </div>
    </section>
  );
}
