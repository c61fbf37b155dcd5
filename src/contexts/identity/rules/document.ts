import type { DocumentType } from '../tables.ts';

export interface IdentityDocument {
  type: DocumentType;
  series: string;
  number: string;
}

export type DocumentProblem = { part: 'series' | 'number'; message: string };

// What each kind of document looks like, after spaces and dashes are removed.
const formats: Record<DocumentType, { series: RegExp; number: RegExp; seriesText: string; numberText: string }> = {
  passport_ru: { series: /^\d{4}$/, number: /^\d{6}$/, seriesText: '4 digits', numberText: '6 digits' },
  passport_foreign: { series: /^\d{2}$/, number: /^\d{7}$/, seriesText: '2 digits', numberText: '7 digits' },
  // Roman numerals, then two Cyrillic letters: "IV-АБ".
  birth_certificate: { series: /^[IVXLCivxlc]{1,6}[А-ЯЁа-яё]{2}$/, number: /^\d{6}$/, seriesText: 'Roman numerals and two Cyrillic letters, e.g. IV-АБ', numberText: '6 digits' },
  other: { series: /^[\p{L}\d]{0,12}$/u, number: /^[\p{L}\d]{1,20}$/u, seriesText: 'up to 12 letters or digits', numberText: '1 to 20 letters or digits' },
};

const compact = (value: string) => value.replace(/[\s-]/g, '');

/** The document with series and number in their compact form, or what is wrong with it. */
export function normalizeDocument(input: IdentityDocument): IdentityDocument | DocumentProblem {
  const format = formats[input.type];
  const series = compact(input.series).toUpperCase();
  const number = compact(input.number).toUpperCase();
  if (!format.series.test(series)) return { part: 'series', message: `must be ${format.seriesText} for this document type` };
  if (!format.number.test(number)) return { part: 'number', message: `must be ${format.numberText} for this document type` };
  return { type: input.type, series, number };
}

export const isDocumentProblem = (value: IdentityDocument | DocumentProblem): value is DocumentProblem => 'part' in value;

/**
 * What people may see of a document: the first two characters of the series and the
 * last two of the number ("45 ** ****78"), enough to tell documents apart, not to use one.
 */
export function maskDocument(document: Pick<IdentityDocument, 'series' | 'number'>): string {
  const { series, number } = document;
  const maskedSeries = series.length <= 2 ? '*'.repeat(series.length) : `${series.slice(0, 2)} ${'*'.repeat(series.length - 2)}`;
  const maskedNumber = number.length <= 2 ? '*'.repeat(number.length) : `${'*'.repeat(number.length - 2)}${number.slice(-2)}`;
  return maskedSeries ? `${maskedSeries} ${maskedNumber}` : maskedNumber;
}
