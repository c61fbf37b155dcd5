import type { MouseEvent } from 'react';
import { formatTime, formatWallDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { EventSummary } from '../catalog-endpoints.ts';
import { layOutWeek, visibleHours, wallTimeAt, weekDays } from './week-layout.ts';

const weekdayFormat = { ru: new Intl.DateTimeFormat('ru-RU', { weekday: 'short', timeZone: 'UTC' }), en: new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }) };

/**
 * A week of one hall: a column per day, a block per session from its start to its end.
 * Each block is a button (Enter opens it); a click on free time proposes a session there.
 */
export function WeekGrid(props: {
  events: EventSummary[];
  monday: string;
  timeZone: string;
  hallName: string;
  onPick: (event: EventSummary) => void;
  onSlot: (wallStart: string) => void;
}) {
  const { t, lang } = useI18n();
  const blocks = layOutWeek(props.events, props.monday, props.timeZone);
  const hours = visibleHours(blocks);
  const span = (hours.to - hours.from) * 60;
  const days = weekDays(props.monday);
  const hourMarks = Array.from({ length: hours.to - hours.from }, (_, index) => hours.from + index);
  // Three rem an hour, so the ruled lines of the CSS meet the hour marks.
  const height = { height: `${(hours.to - hours.from) * 3}rem` };

  const slotClick = (date: string) => (event: MouseEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const box = event.currentTarget.getBoundingClientRect();
    props.onSlot(wallTimeAt(date, hours, (event.clientY - box.top) / box.height));
  };

  return (
    <div className="week" role="region" aria-label={t('calendar.gridLabel', { hall: props.hallName })}>
      <div className="week-hours" aria-hidden="true" style={height}>
        {hourMarks.map((hour) => (
          <span key={hour} style={{ top: `${((hour - hours.from) * 60 * 100) / span}%` }}>
            {String(hour).padStart(2, '0')}:00
          </span>
        ))}
      </div>
      {days.map((date, day) => (
        <div key={date} className="week-day" role="group" aria-label={formatWallDate(lang, date)}>
          <div className="week-day-head" aria-hidden="true">
            <strong>{weekdayFormat[lang].format(new Date(`${date}T00:00:00Z`))}</strong> {date.slice(8, 10)}.{date.slice(5, 7)}
          </div>
          <div className="week-day-body" style={height} onClick={slotClick(date)} title={t('calendar.slotHint')}>
            {blocks
              .filter((block) => block.day === day)
              .map((block) => {
                const event = block.item;
                const cancelled = event.status === 'cancelled';
                const when = `${formatTime(lang, event.startsAt, props.timeZone)}–${formatTime(lang, event.endsAt, props.timeZone)}`;
                return (
                  <button
                    key={event.id}
                    type="button"
                    className={`week-event${cancelled ? ' week-event-cancelled' : ''}`}
                    style={{ top: `${((block.startMinute - hours.from * 60) * 100) / span}%`, height: `${((block.endMinute - block.startMinute) * 100) / span}%` }}
                    onClick={() => props.onPick(event)}
                    aria-label={`${event.title}, ${when}${cancelled ? `, ${t('calendar.cancelled')}` : ''}`}
                  >
                    <span className="week-event-time">{when}</span>
                    <span className="week-event-title">{event.title}</span>
                    {event.sessionTypes.length > 0 ? <span className="week-event-types">{event.sessionTypes.map((type) => type.name).join(', ')}</span> : null}
                  </button>
                );
              })}
          </div>
        </div>
      ))}
    </div>
  );
}
