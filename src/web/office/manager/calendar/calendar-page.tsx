import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { wallDateOf } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { pickName } from '../../../i18n/lang.ts';
import { Button } from '../../../ui/button.tsx';
import { SelectField, TextField } from '../../../ui/field.tsx';
import { LoadError, Loading } from '../../../ui/loading.tsx';
import { usePageTitle } from '../../../ui/page-title.ts';
import { useResource } from '../../../ui/use-resource.ts';
import { getVenue, listVenues } from '../catalog-endpoints.ts';
import { addDays, mondayOf } from '../shared/wall-time.ts';
import { HallWeek } from './hall-week.tsx';
import './calendar.css';

/** The sessions of one hall, a week at a time; venue, hall and week live in the URL so a view can be shared. */
export function CalendarPage() {
  const { t, lang } = useI18n();
  usePageTitle(t('calendar.title'));
  const [params, setParams] = useSearchParams();
  const venues = useResource(() => listVenues(), []);
  const venueId = params.get('venue') ?? '';
  const venue = useResource(() => (venueId ? getVenue(venueId) : Promise.resolve(null)), [venueId]);
  const timeZone = venue.data?.timeZone ?? 'Europe/Moscow';
  const hallId = params.get('hall') ?? '';
  const week = mondayOf(params.get('week') || wallDateOf(new Date(), timeZone));

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  // Open on the first cinema (the seed-003 rules live there) and its first hall.
  const items = venues.data?.items;
  useEffect(() => {
    if (!venueId && items?.length) update({ venue: (items.find((item) => item.kind === 'cinema') ?? items[0])!.id });
  });
  const halls = venue.data?.id === venueId ? venue.data.halls : [];
  useEffect(() => {
    const first = halls[0];
    if (first && !halls.some((hall) => hall.id === hallId)) update({ hall: first.id });
  });
  const hall = halls.find((item) => item.id === hallId);

  return (
    <section aria-labelledby="calendar-title">
      <h1 id="calendar-title">{t('calendar.title')}</h1>
      <form className="filters" aria-label={t('calendar.choose')} onSubmit={(event) => event.preventDefault()}>
        <SelectField name="venue" label={t('calendar.venue')} value={venueId} onChange={(event) => update({ venue: event.target.value, hall: '' })}>
          {(items ?? []).map((item) => (
            <option key={item.id} value={item.id}>
              {pickName(lang, item.name, item.nameEn)}
            </option>
          ))}
        </SelectField>
        <SelectField name="hall" label={t('calendar.hall')} value={hallId} onChange={(event) => update({ hall: event.target.value })}>
          {halls.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <TextField name="week" type="date" label={t('calendar.weekOf')} value={week} onChange={(event) => update({ week: event.target.value })} />
      </form>
      <div className="actions" role="group" aria-label={t('calendar.weekNav')}>
        <Button onClick={() => update({ week: addDays(week, -7) })}>← {t('calendar.prevWeek')}</Button>
        <Button onClick={() => update({ week: '' })}>{t('calendar.thisWeek')}</Button>
        <Button onClick={() => update({ week: addDays(week, 7) })}>{t('calendar.nextWeek')} →</Button>
      </div>
      {venues.error ? <LoadError error={venues.error} onRetry={venues.reload} /> : null}
      {venue.error ? <LoadError error={venue.error} onRetry={venue.reload} /> : null}
      {venues.loading || venue.loading ? <Loading /> : null}
      {venue.data && hall ? <HallWeek venue={venue.data} hall={hall} monday={week} /> : null}
      {venue.data && halls.length === 0 ? <p>{t('calendar.noHalls')}</p> : null}
    </section>
  );
}
