import type { OccupancyReport, ReportLang } from '../contracts.ts';
import { type CsvColumn, toCsv } from './csv.ts';
import { say } from './words.ts';

type Event = OccupancyReport['events'][number];

const count = (lang: ReportLang, words: { ru: string; en: string }, value: (event: Event) => number): CsvColumn<Event> => ({ header: say(lang, words), kind: 'number', value });
const text = (lang: ReportLang, words: { ru: string; en: string }, value: (event: Event) => string | null): CsvColumn<Event> => ({ header: say(lang, words), kind: 'text', value });

/** The occupancy report as a CSV: one line per event, by start. */
export function occupancyCsv(report: OccupancyReport, lang: ReportLang): string {
  return toCsv<Event>(
    [
      text(lang, { ru: 'Событие', en: 'Event' }, (event) => event.title),
      text(lang, { ru: 'Начало (UTC)', en: 'Starts (UTC)' }, (event) => event.startsAt),
      text(lang, { ru: 'Площадка', en: 'Venue' }, (event) => event.venueName),
      text(lang, { ru: 'Зал', en: 'Hall' }, (event) => event.hallName),
      text(lang, { ru: 'ID события', en: 'Event ID' }, (event) => event.eventId),
      count(lang, { ru: 'Вместимость', en: 'Capacity' }, (event) => event.capacity),
      count(lang, { ru: 'Продано', en: 'Sold' }, (event) => event.sold),
      count(lang, { ru: 'Забронировано', en: 'Held' }, (event) => event.held),
      count(lang, { ru: 'Заблокировано', en: 'Blocked' }, (event) => event.blocked),
      count(lang, { ru: 'Свободно', en: 'Free' }, (event) => event.free),
      { header: say(lang, { ru: 'Заполненность, %', en: 'Occupancy, %' }), kind: 'number', value: (event) => event.occupancyPercent.toFixed(1) },
    ],
    report.events,
  );
}
