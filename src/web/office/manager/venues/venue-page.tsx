import { useParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { getVenue, listHallTypes } from '../catalog-endpoints.ts';
import { HallForm } from './hall-form.tsx';
import { HallPanel } from './hall-panel.tsx';
import { VenueForm } from './venue-form.tsx';

/** One venue: its details, its halls with their hall types and zones, and new halls. */
export function VenuePage() {
  const { t, lang } = useI18n();
  const { venueId = '' } = useParams();
  const venue = useResource(() => getVenue(venueId), [venueId]);
  const hallTypes = useResource(() => listHallTypes(), []);
  const name = venue.data ? pickName(lang, venue.data.name, venue.data.nameEn) : '';
  usePageTitle(name || t('catalogAdmin.venues'));

  if (venue.loading && !venue.data) return <Loading />;
  if (venue.error || !venue.data) return <LoadError error={venue.error} onRetry={venue.reload} />;
  return (
    <section aria-labelledby="venue-title">
      <h1 id="venue-title">{name}</h1>
      <div className="panel">
        <h2>{t('catalogAdmin.editVenue')}</h2>
        <VenueForm key={venue.data.id} venue={venue.data} onSaved={(saved) => venue.setData(saved)} />
      </div>
      <h2>{t('catalog.halls')}</h2>
      {venue.data.halls.length === 0 ? <p>{t('calendar.noHalls')}</p> : null}
      {venue.data.halls.map((hall) => (
        <HallPanel key={hall.id} hall={hall} hallTypes={hallTypes.data?.items ?? []} onChanged={venue.reload} />
      ))}
      <div className="panel">
        <h2>{t('catalogAdmin.addHall')}</h2>
        <HallForm venueId={venue.data.id} hallTypes={hallTypes.data?.items ?? []} onSaved={venue.reload} />
      </div>
    </section>
  );
}
