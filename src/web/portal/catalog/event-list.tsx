import { Link } from 'react-router';
import type { EventPage } from '../../endpoints/catalog.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { pickName } from '../../i18n/lang.ts';

/** Events as a list a phone shows as cards and a desktop as rows. */
export function EventList({ events }: { events: EventPage['items'] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="event-list">
      {events.map((event) => (
        <li key={event.id} className={`event-row${event.status === 'cancelled' ? ' event-cancelled' : ''}`}>
          <p className="event-when">
            <time dateTime={event.startsAt}>{formatDateTime(lang, event.startsAt, event.venue.timeZone)}</time>
          </p>
          <div className="event-what">
            <p className="card-kicker">
              {t(`eventKind.${event.kind}`)}
              {event.film ? ` · ${event.film.ageRating}+ · ${t('event.duration', { minutes: event.film.durationMinutes })}` : ''}
              {event.sessionTypes.length > 0 ? ` · ${event.sessionTypes.map((type) => type.name).join(', ')}` : ''}
            </p>
            <h3>
              <Link to={`/events/${event.id}`}>{pickName(lang, event.title, event.titleEn)}</Link>
            </h3>
            <p className="muted">{t('event.venueHall', { venue: event.venue.name, hall: event.hall.name })}</p>
          </div>
          <p className="event-action">
            {event.status === 'cancelled' ? (
              <span className="badge">{t('schedule.cancelled')}</span>
            ) : (
              <Link className="button button-primary" to={`/events/${event.id}`} aria-label={`${t('schedule.choose')}: ${pickName(lang, event.title, event.titleEn)}`}>
                {t('schedule.choose')}
              </Link>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
