// What is printed on a ticket (seed 003: the event's start and end, venue, hall, zone,
// row, seat and film; seed 002: the service and the visit date), from plain facts.
// Pure: times in the venue's zone, money from kopecks without floats.

export interface TicketFacts {
  code: string;
  bookingNumber: string;
  priceMinor: number;
  currency: string;
  venue: string | null;
  /** IANA zone of the venue: a start time means nothing in the server's zone. */
  timeZone: string;
  /** The event admitted to, or each event of a bundle or season ticket. */
  events: { title: string; startsAt: Date; endsAt: Date; hall: string; film: { title: string; ageRating: string } | null }[];
  zone: string | null;
  row: string | null;
  seat: string | null;
  placeNo: number | null;
  service: string | null;
  visitDate: string | null;
  visitTime: string | null;
}

export interface TicketSheet {
  venue: string;
  title: string;
  lines: { label: string; value: string }[];
  price: string;
  bookingNumber: string;
  code: string;
}

/** How many events of a season ticket are listed before "and N more". */
const LISTED_EVENTS = 10;

export function formatLocal(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(instant);
}

/** 150000 RUB -> "1 500,00 ₽" (a no-break space between thousands). */
export function formatMoney(minor: number, currency: string): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const units = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${units},${cents}\u00a0${currency === 'RUB' ? '₽' : currency}`;
}

/** "2025-06-15" -> "15.06.2025". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return year && month && day ? `${day}.${month}.${year}` : isoDate;
}

export function ticketSheet(facts: TicketFacts): TicketSheet {
  const lines: TicketSheet['lines'] = [];
  const add = (label: string, value: string | null) => {
    if (value) lines.push({ label, value });
  };
  const [first, ...others] = facts.events;
  if (first && others.length === 0) {
    add('Фильм / Film', first.film ? `${first.film.title} (${first.film.ageRating})` : null);
    add('Начало / Starts', formatLocal(first.startsAt, facts.timeZone));
    add('Окончание / Ends', formatLocal(first.endsAt, facts.timeZone));
    add('Зал / Hall', first.hall);
  } else if (first) {
    add('Событий / Events', String(facts.events.length));
    for (const event of facts.events.slice(0, LISTED_EVENTS)) add(formatLocal(event.startsAt, facts.timeZone), event.title);
    if (facts.events.length > LISTED_EVENTS) add('…', `ещё ${facts.events.length - LISTED_EVENTS} / ${facts.events.length - LISTED_EVENTS} more`);
    add('Зал / Hall', first.hall);
  }
  add('Зона / Zone', facts.zone);
  add('Ряд / Row', facts.row);
  add('Место / Seat', facts.seat);
  add('Место / Place', facts.placeNo === null ? null : `№ ${facts.placeNo} (без места / general admission)`);
  if (facts.events.length !== 1) add('Услуга / Service', facts.service);
  add('Дата посещения / Visit date', facts.visitDate ? [formatDate(facts.visitDate), facts.visitTime].filter(Boolean).join(' ') : null);
  if (facts.events.length > 0 || facts.visitDate) add('Время местное / Local time', facts.timeZone);
  return {
    venue: facts.venue ?? '',
    title: first && others.length === 0 ? first.title : (facts.service ?? first?.title ?? ''),
    lines,
    price: formatMoney(facts.priceMinor, facts.currency),
    bookingNumber: facts.bookingNumber,
    code: facts.code,
  };
}
