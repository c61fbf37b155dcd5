import { describe, expect, it } from 'vitest';
import { formatLocal, formatMoney, type TicketFacts, ticketSheet } from './ticket-sheet.ts';

const base: TicketFacts = {
  code: 'ABCDEFGHIJKLMNOPQRST',
  bookingNumber: 'K7M2QXH',
  priceMinor: 150_000,
  currency: 'RUB',
  venue: 'Кинотеатр «Октябрь»',
  timeZone: 'Asia/Yekaterinburg',
  events: [{ title: 'Сеанс', startsAt: new Date('2025-06-15T14:00:00Z'), endsAt: new Date('2025-06-15T16:15:00Z'), hall: 'Зал 1', film: { title: 'Солярис', ageRating: '12+' } }],
  zone: 'VIP',
  row: '5',
  seat: '12',
  placeNo: null,
  service: null,
  visitDate: null,
  visitTime: null,
};
const valueOf = (sheet: ReturnType<typeof ticketSheet>, label: string) => sheet.lines.find((line) => line.label === label)?.value;

describe('a printed ticket', () => {
  it('shows a cinema seat with the film, and start and end in the venue\'s time zone', () => {
    const sheet = ticketSheet(base);
    expect(sheet).toMatchObject({ venue: 'Кинотеатр «Октябрь»', title: 'Сеанс', price: '1\u00a0500,00\u00a0₽', bookingNumber: 'K7M2QXH' });
    expect(valueOf(sheet, 'Фильм / Film')).toBe('Солярис (12+)');
    // 14:00 UTC is 19:00 in Yekaterinburg (UTC+5), not the server's zone.
    expect(valueOf(sheet, 'Начало / Starts')).toBe('15.06.2025, 19:00');
    expect(valueOf(sheet, 'Окончание / Ends')).toBe('15.06.2025, 21:15');
    expect([valueOf(sheet, 'Зал / Hall'), valueOf(sheet, 'Зона / Zone'), valueOf(sheet, 'Ряд / Row'), valueOf(sheet, 'Место / Seat')]).toEqual(['Зал 1', 'VIP', '5', '12']);
  });

  it('shows a museum visit with its service and visit date', () => {
    const sheet = ticketSheet({ ...base, events: [], zone: null, row: null, seat: null, service: 'Экскурсия по усадьбе', visitDate: '2025-07-01', visitTime: '11:30' });
    expect(sheet.title).toBe('Экскурсия по усадьбе');
    expect(valueOf(sheet, 'Услуга / Service')).toBe('Экскурсия по усадьбе');
    expect(valueOf(sheet, 'Дата посещения / Visit date')).toBe('01.07.2025 11:30');
  });

  it('lists the events of a season ticket, then how many more', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ ...base.events[0]!, title: `Матч ${i + 1}`, film: null, startsAt: new Date(Date.UTC(2025, 7, i + 1, 16)) }));
    const sheet = ticketSheet({ ...base, events, service: 'Абонемент на сезон' });
    expect(sheet.title).toBe('Абонемент на сезон');
    expect(valueOf(sheet, 'Событий / Events')).toBe('12');
    expect(sheet.lines.filter((line) => line.value.startsWith('Матч'))).toHaveLength(10);
    expect(valueOf(sheet, '…')).toBe('ещё 2 / 2 more');
  });

  it('shows a general-admission place by its number', () => {
    expect(valueOf(ticketSheet({ ...base, row: null, seat: null, zone: 'Танцпол', placeNo: 37 }), 'Место / Place')).toBe('№ 37 (без места / general admission)');
  });
});

describe('money and time on a ticket', () => {
  it('prints kopecks exactly', () => {
    expect(formatMoney(0, 'RUB')).toBe('0,00\u00a0₽');
    expect(formatMoney(123_456_789, 'RUB')).toBe('1\u00a0234\u00a0567,89\u00a0₽');
    expect(formatMoney(5, 'EUR')).toBe('0,05\u00a0EUR');
  });

  it('prints an instant on the venue\'s clock', () => {
    expect(formatLocal(new Date('2025-01-01T21:30:00Z'), 'Europe/Moscow')).toBe('02.01.2025, 00:30');
  });
});
