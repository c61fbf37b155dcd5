import type { Lang } from './lang.ts';

const locales: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

/** Kopecks as a person reads money: "1 250,50 ₽". Display only: never computed with. */
export function formatMoney(lang: Lang, minor: number, currency = 'RUB'): string {
  const whole = minor % 100 === 0;
  return new Intl.NumberFormat(locales[lang], {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(minor / 100);
}

/** An instant in the venue's own time zone, as the venue's visitors read it. */
export function formatDateTime(lang: Lang, iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

export function formatDate(lang: Lang, iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

export function formatTime(lang: Lang, iso: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locales[lang], { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(locales[lang]).format(value);
}

/** A wall-clock date (YYYY-MM-DD) shown in full, without moving it through a time zone. */
export function formatWallDate(lang: Lang, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}

/** The wall-clock date of an instant in a time zone: what a date input shows. */
export function wallDateOf(iso: string | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
