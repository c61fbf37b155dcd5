import { describe, expect, it } from 'vitest';
import { pdfPageCount, pdfText, ticketQrCodes } from '../tests/ticket-pdf.ts';
import { renderTicketsPdf } from './render-tickets-pdf.ts';
import { ticketFonts } from './ticket-font.ts';
import type { TicketSheet } from './ticket-sheet.ts';

const sheet = (code: string): TicketSheet => ({
  venue: 'Стадион «Северная звезда»',
  title: 'Полярник — Метеор',
  lines: [{ label: 'Ряд / Row', value: '5' }, { label: 'Место / Seat', value: '12' }],
  price: '1\u00a0500,00\u00a0₽',
  bookingNumber: 'K7M2QXH',
  code,
});
const codes = ['ABCDEFGHIJKLMNOPQRST', 'BCDEFGHIJKLMNOPQRSTU'];
const meta = { title: 'Билеты K7M2QXH', now: new Date('2025-06-01T12:00:00Z') };

describe('the tickets PDF', () => {
  it('has a page per ticket, each with its QR code, in Russian when a Cyrillic font is found', async () => {
    const pdf = await renderTicketsPdf(codes.map(sheet), meta);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfPageCount(pdf)).toBe(2);
    expect(await ticketQrCodes(pdf)).toEqual(codes);
    const text = pdfText(pdf);
    if (text !== null && ticketFonts().regular) expect(text).toContain('Ряд / Row: 5');
  });

  it('falls back to a built-in font with the Russian transliterated when no font is found', async () => {
    const pdf = await renderTicketsPdf(codes.map(sheet), meta, { regular: null, bold: null });
    expect(await ticketQrCodes(pdf)).toEqual(codes);
    const text = pdfText(pdf)?.replace(/\s+/gu, ' ') ?? null;
    if (text !== null) expect(text).toContain('Ryad / Row: 5');
    if (text !== null) expect(text).toContain('Czena / Price: 1 500,00 RUB');
  });
});
