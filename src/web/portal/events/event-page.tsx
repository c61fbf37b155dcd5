import { Link, useParams } from 'react-router';
import { isApiError } from '../../api.ts';
import { getEvent } from '../../endpoints/catalog.ts';
import { formatDateTime, formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';
import { LoadError, Loading, Notice } from '../../ui/loading.tsx';
import { NotFoundPage } from '../../ui/pages.tsx';
import { usePageTitle } from '../../ui/page-title.ts';
import { useResource } from '../../ui/use-resource.ts';
import { SeatMapPanel } from '../seat-map/seat-map-panel.tsx';

/** An event: what, when and where, the film if it is a session, then its seat map. */
export function EventPage() {
  const { eventId = '' } = useParams();
  const { t, lang } = useI18n();
  const event = useResource(() => getEvent(eventId), [eventId]);
  const title = event.data ? pickName(lang, event.data.title, event.data.titleEn) : undefined;
  usePageTitle(title);

  if (isApiError(event.error) && (event.error.status === 404 || event.error.status === 400)) return <NotFoundPage />;
  if (event.error) return <LoadError error={event.error} onRetry={event.reload} />;
  if (!event.data || !title) return <Loading />;
  const data = event.data;
  const zone = data.venue.timeZone;
  const now = Date.now();
  const notYet = data.salesOpenAt !== null && Date.parse(data.salesOpenAt) > now;
  const closed = (data.salesCloseAt !== null && Date.parse(data.salesCloseAt) < now) || Date.parse(data.startsAt) < now;

  return (
    <article className="page event-page">
      <header className="event-header">
        {data.film?.posterUrl ? <img className="poster" src={data.film.posterUrl} alt={t('event.poster', { title: data.film.title })} width={160} height={240} /> : null}
        <div>
          <p className="card-kicker">
            {t(`eventKind.${data.kind}`)}
            {data.film ? ` · ${data.film.ageRating}+ · ${t('event.duration', { minutes: data.film.durationMinutes })}` : ''}
          </p>
          <h1>{title}</h1>
          <p className="event-when-large">
            <time dateTime={data.startsAt}>{formatDateTime(lang, data.startsAt, zone)}</time> – <time dateTime={data.endsAt}>{formatTime(lang, data.endsAt, zone)}</time>
          </p>
          <p>
            <Link to={`/venues/${data.venue.id}`}>{pickName(lang, data.venue.name, data.venue.nameEn)}</Link>, {data.hall.name}
          </p>
          {data.hall.hallTypes.length > 0 ? (
            <p className="muted">
              {t('event.hallTypes')}: {data.hall.hallTypes.map((type) => type.name).join(', ')}
            </p>
          ) : null}
          {data.sessionTypes.length > 0 ? (
            <p className="muted">
              {t('event.sessionTypes')}: {data.sessionTypes.map((type) => type.name).join(', ')}
            </p>
          ) : null}
        </div>
      </header>
      {data.film?.description || data.description ? (
        <section aria-labelledby="event-about">
          <h2 id="event-about">{t('common.description')}</h2>
          {data.description ? <p>{data.description}</p> : null}
          {data.film?.description ? <p>{data.film.description}</p> : null}
        </section>
      ) : null}
      <section aria-labelledby="seat-map-title">
        <h2 id="seat-map-title">{t('seatMap.title')}</h2>
        {data.status === 'cancelled' ? <Notice tone="warning">{t('event.cancelled')}</Notice> : null}
        {notYet && data.salesOpenAt ? <Notice tone="warning">{t('event.salesOpen', { date: formatDateTime(lang, data.salesOpenAt, zone) })}</Notice> : null}
        {closed && data.status !== 'cancelled' ? <Notice tone="warning">{t('error.sales_closed')}</Notice> : null}
        <SeatMapPanel event={{ eventId: data.id, title, startsAt: data.startsAt, timeZone: zone, venueName: pickName(lang, data.venue.name, data.venue.nameEn) }} />
      </section>
    </article>
  );
}
