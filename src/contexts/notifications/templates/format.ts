import type { Lang } from './types.ts';

const NBSP = '\u00a0';

/**
 * Kopecks as roubles, exactly (integer arithmetic, no floating point):
 * ru "1 234,50 ₽" with no-break spaces, en "RUB 1,234.50".
 */
export function formatMoney(kopecks: number, lang: Lang): string {
  if (!Number.isSafeInteger(kopecks)) throw new RangeError(`amount must be whole kopecks, got ${kopecks}`);
  const sign = kopecks < 0 ? '-' : '';
  const abs = Math.abs(kopecks);
  const roubles = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = (separator: string) => String(roubles).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return lang === 'ru' ? `${sign}${grouped(NBSP)},${cents}${NBSP}₽` : `RUB ${sign}${grouped(',')}.${cents}`;
}

/**
 * "12 мая 2025, 19:30" / "12 May 2025, 19:30" in the given zone. Built from parts so
 * that no ICU-specific narrow spaces or "г." creep in (they would push an English
 * SMS out of GSM-7 and double its price).
 */
export function formatDateTime(date: Date, timeZone: string, lang: Lang): string {
  const parts = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    timeZone, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/** Picks the word form for a count: ru needs one/few/many (1 билет, 2 билета, 5 билетов). */
export function plural(count: number, lang: Lang, forms: { one: string; few?: string; many: string }): string {
  const category = new Intl.PluralRules(lang).select(count);
  const word = category === 'one' ? forms.one : category === 'few' ? (forms.few ?? forms.many) : forms.many;
  return `${count} ${word}`;
}

/** Shortens a free text for SMS without cutting a word in half where it can help it. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
