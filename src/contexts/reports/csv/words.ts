import type { Bilingual } from '../../../shared/bilingual.ts';
import type { ReportLang } from '../contracts.ts';

// The words of the CSV files, Russian by default (DOMAIN.md) and English on request.

export type Words = Bilingual;

export const say = (lang: ReportLang, words: Words): string => words[lang];

/** The two headers of an amount: "Продано, руб." and "Продано, коп.". */
export const amountHeaders = (lang: ReportLang, words: Words) => ({
  roubles: `${say(lang, words)}, ${say(lang, { ru: 'руб.', en: 'RUB' })}`,
  kopecks: `${say(lang, words)}, ${say(lang, { ru: 'коп.', en: 'kopecks' })}`,
});

export const figureWords = {
  ticketsSold: { ru: 'Продано билетов', en: 'Tickets sold' },
  sold: { ru: 'Продано', en: 'Sold' },
  ticketsReturned: { ru: 'Возвращено билетов', en: 'Tickets returned' },
  returned: { ru: 'Возвращено', en: 'Returned' },
  netTickets: { ru: 'Билетов за вычетом возвратов', en: 'Net tickets' },
  net: { ru: 'Итого за вычетом возвратов', en: 'Net' },
} satisfies Record<string, Words>;
