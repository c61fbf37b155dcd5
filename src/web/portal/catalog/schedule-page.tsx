import { useSearchParams } from 'react-router';
import { listEvents, listFilms, listVenues } from '../../endpoints/catalog.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField, TextField } from '../../ui/field.tsx';
import { LoadError, Loading } from '../../ui/loading.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { Pager } from '../../ui/pager.tsx';
import { useResource } from '../../ui/use-resource.ts';
import { EventList } from './event-list.tsx';

export const eventKinds = ['match', 'concert', 'film_session', 'excursion', 'other'] as const;
const pageSize = 20;

/** The schedule: filters by date, venue, kind and film live in the URL, so a filtered list can be shared. */
export function SchedulePage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? '';
  const venueId = params.get('venue') ?? '';
  const kind = eventKinds.find((value) => value === params.get('kind'));
  const filmId = params.get('film') ?? '';
  const offset = Number(params.get('offset') ?? 0) || 0;
  usePageTitle(t('schedule.title'));

  const venues = useResource(() => listVenues(), []);
  const films = useResource(() => listFilms({ limit: 100 }), []);
  const events = useResource(
    () => listEvents({ venueId: venueId || undefined, kind, filmId: filmId || undefined, from: date || undefined, to: date || undefined, limit: pageSize, offset }),
    [venueId, kind, filmId, date, offset],
  );
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries({ offset: '', ...changes })) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  const filtered = Boolean(date || venueId || kind || filmId);

  return (
    <div className="page">
      <h1>{t('schedule.title')}</h1>
      <form className="filters" aria-label={t('schedule.filters')} onSubmit={(event) => event.preventDefault()}>
        <TextField name="date" type="date" label={t('schedule.date')} value={date} onChange={(event) => update({ date: event.target.value })} />
        <SelectField name="venue" label={t('catalog.venueFilter')} value={venueId} onChange={(event) => update({ venue: event.target.value })}>
          <option value="">{t('catalog.allVenues')}</option>
          {(venues.data?.items ?? []).map((venue) => (
            <option key={venue.id} value={venue.id}>
              {pickName(lang, venue.name, venue.nameEn)}
            </option>
          ))}
        </SelectField>
        <SelectField name="kind" label={t('schedule.kind')} value={kind ?? ''} onChange={(event) => update({ kind: event.target.value })}>
          <option value="">{t('schedule.allEventKinds')}</option>
          {eventKinds.map((value) => (
            <option key={value} value={value}>
              {t(`eventKind.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="film" label={t('schedule.film')} value={filmId} onChange={(event) => update({ film: event.target.value })}>
          <option value="">{t('schedule.allFilms')}</option>
          {(films.data?.items ?? []).map((film) => (
            <option key={film.id} value={film.id}>
              {pickName(lang, film.title, film.titleEn)} ({film.ageRating}+)
            </option>
          ))}
        </SelectField>
        {filtered ? (
          <Button variant="link" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
            {t('schedule.reset')}
          </Button>
        ) : null}
      </form>
      {events.loading ? <Loading /> : null}
      {events.error ? <LoadError error={events.error} onRetry={events.reload} /> : null}
      {events.data ? (
        <>
          <p aria-live="polite">{t('schedule.found', { total: events.data.total })}</p>
          {events.data.items.length === 0 ? <p>{t('common.empty')}</p> : <EventList events={events.data.items} />}
          <Pager total={events.data.total} limit={pageSize} offset={offset} onOffset={(next) => update({ offset: next ? String(next) : '' })} />
        </>
      ) : null}
    </div>
  );
}
