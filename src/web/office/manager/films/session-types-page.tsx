import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { listSessionTypes, listVenues } from '../catalog-endpoints.ts';
import { NewSessionType } from './new-session-type.tsx';
import { SessionTypeRow } from './session-type-row.tsx';

/** Session types with their coefficient and the seed-003 limits: longest film, highest age rating. */
export function SessionTypesPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('catalogAdmin.sessionTypes'));
  const types = useResource(() => listSessionTypes(), []);
  const venues = useResource(() => listVenues(), []);
  const venueName = (venueId: string | null) => {
    const venue = venues.data?.items.find((item) => item.id === venueId);
    return venue ? pickName(lang, venue.name, venue.nameEn) : t('catalogAdmin.allVenues');
  };
  return (
    <section aria-labelledby="session-types-title">
      <h1 id="session-types-title">{t('catalogAdmin.sessionTypes')}</h1>
      <p>{t('catalogAdmin.sessionTypesIntro')}</p>
      {types.loading && !types.data ? <Loading /> : null}
      {types.error ? <LoadError error={types.error} onRetry={types.reload} /> : null}
      {types.data ? (
        <div className="table-scroll">
          <table className="table">
            <caption>{t('catalogAdmin.sessionTypes')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalogAdmin.venue')}</th>
                <th scope="col">{t('catalogAdmin.code')}</th>
                <th scope="col">{t('catalogAdmin.name')}</th>
                <th scope="col">{t('catalogAdmin.coefficient')}</th>
                <th scope="col">{t('catalogAdmin.maxDuration')}</th>
                <th scope="col">{t('catalogAdmin.maxAgeRating')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {types.data.items.map((type) => (
                <SessionTypeRow key={type.id} type={type} venueName={venueName(type.venueId)} onSaved={types.reload} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <NewSessionType venues={venues.data?.items ?? []} onSaved={types.reload} />
    </section>
  );
}
