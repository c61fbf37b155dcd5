import type { Db } from '../../../server/db/types.ts';
import { addCinema, addFilm, addSale, addSession, type Cinema } from './report-fixtures.ts';

// March 2025 in a Moscow cinema (UTC+3), the story the report tests tell:
// - Дюна (session on the 20th): 2 × 450 issued on the 5th (cash); 500 issued on the 6th
//   (card) and returned on the 12th; 450 paid by bank transfer on the 7th but not issued.
// - Брат (session on the 21st): 2 × 300 issued at 00:30 on 1 March Moscow time (still
//   28 February in UTC; internal account); 200 at 23:30 on 28 February (cash, outside);
//   a standing place for 250 issued at 23:59 on the 31st on credit (no payment).
// - Брат again on 5 April: 300 issued at 00:30 on 1 April Moscow time (outside March).
// - Вий has a session on the 22nd and sells nothing; Мультфильм has no session at all.

export interface MarchScenario {
  cinema: Cinema;
  films: { dune: string; brat: string; viy: string; cartoon: string };
  events: { dune: string; brat: string; viy: string; bratApril: string };
}

export async function seedMarch(db: Db): Promise<MarchScenario> {
  const cinema = await addCinema(db, 'Кинотеатр «Москва»', 'Europe/Moscow');
  const films = { dune: await addFilm(db, 'Дюна'), brat: await addFilm(db, 'Брат'), viy: await addFilm(db, 'Вий'), cartoon: await addFilm(db, 'Мультфильм') };
  const events = {
    dune: await addSession(db, cinema, films.dune, '2025-03-20T16:00:00Z'),
    brat: await addSession(db, cinema, films.brat, '2025-03-21T16:00:00Z'),
    viy: await addSession(db, cinema, films.viy, '2025-03-22T16:00:00Z'),
    bratApril: await addSession(db, cinema, films.brat, '2025-04-05T16:00:00Z'),
  };
  const [s1, s2, s3, s4, s5] = cinema.seatIds;
  await addSale(db, {
    eventId: events.dune, tickets: [{ priceMinor: 45_000, seatId: s1 }, { priceMinor: 45_000, seatId: s2 }],
    payments: [{ kind: 'cash', amountMinor: 90_000, at: '2025-03-05T10:00:00Z' }], issuedAt: '2025-03-05T10:01:00Z',
  });
  await addSale(db, {
    eventId: events.dune, tickets: [{ priceMinor: 50_000, seatId: s3 }], issuedAt: '2025-03-06T10:01:00Z', returns: [{ ticket: 0, at: '2025-03-12T10:00:00Z' }],
    payments: [{ kind: 'card', amountMinor: 50_000, at: '2025-03-06T10:00:00Z' }, { kind: 'card', amountMinor: -50_000, at: '2025-03-12T10:00:00Z' }],
  });
  await addSale(db, { eventId: events.dune, tickets: [{ priceMinor: 45_000, seatId: s4 }], payments: [{ kind: 'bank_transfer', amountMinor: 45_000, at: '2025-03-07T10:00:00Z' }], issuedAt: null });
  await addSale(db, {
    eventId: events.brat, tickets: [{ priceMinor: 30_000, seatId: s1 }, { priceMinor: 30_000, seatId: s2 }],
    payments: [{ kind: 'internal_account', amountMinor: 60_000, at: '2025-02-28T21:30:00Z' }], issuedAt: '2025-02-28T21:30:00Z',
  });
  await addSale(db, { eventId: events.brat, tickets: [{ priceMinor: 20_000, seatId: s5 }], payments: [{ kind: 'cash', amountMinor: 20_000, at: '2025-02-28T20:30:00Z' }], issuedAt: '2025-02-28T20:30:00Z' });
  await addSale(db, { eventId: events.brat, tickets: [{ priceMinor: 25_000, place: { zoneId: cinema.danceZoneId, placeNo: 1 } }], issuedAt: '2025-03-31T20:59:00Z' });
  await addSale(db, {
    eventId: events.bratApril, tickets: [{ priceMinor: 30_000, seatId: s1 }],
    payments: [{ kind: 'cash', amountMinor: 30_000, at: '2025-03-31T21:30:00Z' }], issuedAt: '2025-03-31T21:30:00Z',
  });
  return { cinema, films, events };
}
