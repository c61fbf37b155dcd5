import type { BestFilmReport, ReportLang } from '../contracts.ts';
import { type CsvColumn, moneyColumns, toCsv } from './csv.ts';
import { figureCsvColumns } from './figure-csv-columns.ts';
import { amountHeaders, say } from './words.ts';

type Film = BestFilmReport['films'][number];

/** The film report as a CSV: one line per film, best first, the winners marked. */
export function bestFilmCsv(report: BestFilmReport, lang: ReportLang): string {
  const columns: CsvColumn<Film>[] = [
    { header: say(lang, { ru: 'Место', en: 'Rank' }), kind: 'number', value: (film) => film.rank },
    { header: say(lang, { ru: 'Самый прибыльный', en: 'Most profitable' }), kind: 'text', value: (film) => (film.isWinner ? say(lang, { ru: 'да', en: 'yes' }) : '') },
    { header: say(lang, { ru: 'Фильм', en: 'Film' }), kind: 'text', value: (film) => (lang === 'en' && film.titleEn ? film.titleEn : film.title) },
    { header: say(lang, { ru: 'ID фильма', en: 'Film ID' }), kind: 'text', value: (film) => film.filmId },
    ...moneyColumns<Film>(amountHeaders(lang, { ru: 'Валовой сбор', en: 'Gross' }), (film) => film.grossMinor),
    ...figureCsvColumns<Film>(lang),
  ];
  return toCsv(columns, report.films);
}
