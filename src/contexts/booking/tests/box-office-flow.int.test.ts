import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../shared/clock.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { demoMatches, freeSeats, messagesAbout, post, type DemoEvent } from './booking-fixtures.ts';
import { demoSessions, eventStartsAt, freeSeatsOf, pay, seatStatus, staffCall, type DemoSession } from './ticket-fixtures.ts';
import { pdfPageCount, pdfText, scannedQrCodes, ticketQrCodes } from './ticket-pdf.ts';

// Issue 5 "Done when": the whole flow through the API, statuses and amounts at each step.

interface Ticket {
  id: string;
  code: string | null;
  status: string;
  seatId: string | null;
  priceMinor: number;
}

describe('the whole flow: request to return, through the box office', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let client: LoggedIn;
  let operator: LoggedIn;
  let cashier: LoggedIn;
  let match: DemoEvent;
  let session: DemoSession;

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock });
    client = await registerClient(t.app);
    operator = await loginAsDemo(t.app, 'operator');
    cashier = await loginAsDemo(t.app, 'cashier');
    match = (await demoMatches(t.database.db))[0]!;
    session = (await demoSessions(t.database.db))[0]!;
  });
  afterAll(async () => t.close());

  const topics = async (bookingNumber: string) => (await messagesAbout(t.database.db, bookingNumber)).map((m) => m.topic);

  it('a group: processed by hand, paid in parts, issued in parts, printed, one ticket returned', async () => {
    // Submit: a group of 11 seats is too large for the automatic rules.
    const group = await freeSeats(t.database.db, [match.id], 'B103', 11);
    const pair = await freeSeats(t.database.db, [match.id], 'B103', 2, 11);
    const submitted = await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: match.id, seatIds: group }, { eventId: match.id, seatIds: pair }] });
    expect(submitted.statusCode).toBe(201);
    const request = submitted.json();
    expect(request).toMatchObject({ status: 'not_processed', order: null });

    // Manual processing: take it, give the pair other seats, finish.
    expect((await staffCall(t.app, operator, 'POST', `/staff/requests/${request.id}/take`)).json().status).toBe('in_processing');
    const moved = await freeSeats(t.database.db, [match.id], 'B103', 2, 30);
    const adjusted = await staffCall(t.app, operator, 'PATCH', `/staff/requests/${request.id}/lines/${request.lines[1].id}`, { seatIds: moved });
    expect(adjusted.statusCode).toBe(200);
    const processed = (await staffCall(t.app, operator, 'POST', `/staff/requests/${request.id}/process`, {})).json();
    expect(processed.status).toBe('processed');
    const unit = request.lines[0].unitPriceMinor as number;
    const total = 13 * unit;
    expect(processed.order).toMatchObject({ status: 'formed', totalMinor: total, paidMinor: 0, paymentStatus: 'unpaid' });
    const orderId = processed.order.id as string;

    // Confirmation by the client.
    const confirmed = await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    expect(confirmed.json()).toMatchObject({ status: 'processed', paymentStatus: 'unpaid' });

    // The box office finds it by the number as the client reads it out; a typo is caught.
    const number = request.bookingNumber as string;
    const typed = `${number.slice(0, 3).toLowerCase()}-${number.slice(3)}`;
    const found = await staffCall(t.app, cashier, 'GET', `/staff/orders/by-booking-number/${encodeURIComponent(typed)}`);
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({ id: orderId, status: 'processed', totalMinor: total, payments: [] });
    expect(found.json().tickets).toHaveLength(13);
    const typo = `${number.slice(0, 6)}${number.at(6) === '2' ? '3' : '2'}`;
    const invalid = await staffCall(t.app, cashier, 'GET', `/staff/orders/by-booking-number/${typo}`);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ code: 'booking_number_invalid', field: 'params.bookingNumber' });

    // Nothing paid: nothing issued.
    const unpaid = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`, {});
    expect(unpaid.statusCode).toBe(422);
    expect(unpaid.json()).toMatchObject({ code: 'not_paid_for', paidMinor: 0, shortMinor: total });

    // Two partial payments: cash for the pair, then part of the rest by card.
    const first = await pay(t.app, cashier, orderId, 'cash', 2 * unit);
    expect(first.statusCode).toBe(201);
    expect(first.json().order).toMatchObject({ paidMinor: 2 * unit, paymentStatus: 'partially_paid' });
    const second = await pay(t.app, cashier, orderId, 'card', 5 * unit);
    expect(second.json().order).toMatchObject({ paidMinor: 7 * unit, paymentStatus: 'partially_paid', remainingMinor: 6 * unit });

    // Partial issue: the pair, paid for; the group waits.
    const tickets: Ticket[] = found.json().tickets;
    const pairTickets = tickets.filter((ticket) => moved.includes(ticket.seatId ?? ''));
    expect(pairTickets).toHaveLength(2);
    const partial = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`, { ticketIds: pairTickets.map((x) => x.id) });
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ status: 'partially_issued', statusLabel: { ru: 'Частично выдан' }, paidMinor: 7 * unit, totalMinor: total });
    const afterPartial: Ticket[] = partial.json().tickets;
    expect(afterPartial.filter((x) => x.status === 'issued').map((x) => x.id).sort()).toEqual(pairTickets.map((x) => x.id).sort());
    expect(afterPartial.filter((x) => x.status === 'issued').every((x) => x.code !== null)).toBe(true);
    expect(afterPartial.filter((x) => x.status === 'active').every((x) => x.code === null)).toBe(true);
    expect(await seatStatus(t.database.db, match.id, moved[0]!)).toBe('sold');
    expect(await seatStatus(t.database.db, match.id, group[0]!)).toBe('held');
    expect(await topics(number)).toContain('tickets_issued');

    // The rest is not all paid for: 5 more paid, 11 waiting.
    const short = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`);
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ code: 'not_paid_for', shortMinor: 6 * unit });
    expect((await pay(t.app, cashier, orderId, 'bank_transfer', 6 * unit)).json().order).toMatchObject({ paidMinor: total, paymentStatus: 'paid' });

    // Full issue: every ticket issued, every seat sold.
    const full = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`);
    expect(full.statusCode).toBe(200);
    expect(full.json()).toMatchObject({ status: 'issued', paymentStatus: 'paid', paidMinor: total });
    const issued: Ticket[] = full.json().tickets;
    expect(issued.every((x) => x.status === 'issued')).toBe(true);
    expect((await Promise.all(group.map((seatId) => seatStatus(t.database.db, match.id, seatId)))).every((s) => s === 'sold')).toBe(true);
    expect(full.json().history.map((h: { to: string }) => h.to)).toEqual(['formed', 'processed', 'partially_issued', 'issued']);
    const again = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`);
    expect(again.json()).toMatchObject({ status: 409, code: 'nothing_to_issue' });

    // The tickets as a PDF: it opens, a page per ticket, and each QR code is the ticket's code.
    const pdf = await t.app.inject({ method: 'GET', url: `/api/my/orders/${orderId}/tickets.pdf`, headers: client.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfPageCount(pdf.rawPayload)).toBe(13);
    expect(await ticketQrCodes(pdf.rawPayload)).toEqual(issued.map((x) => x.code));
    // As printed and scanned at a gate: the first and the last page.
    const scanned = scannedQrCodes(pdf.rawPayload, [1, 13]);
    if (scanned !== null) expect(scanned).toEqual([issued[0]!.code, issued[12]!.code]);
    // Long titles wrap: read the text as one line.
    const text = pdfText(pdf.rawPayload)?.replace(/\s+/g, ' ') ?? null;
    if (text !== null) {
      expect(text).toContain(number);
      expect(text).toContain(match.title);
      expect(text).toContain('Ряд / Row');
    }
    const atDesk = await staffCall(t.app, cashier, 'GET', `/staff/orders/${orderId}/tickets.pdf`);
    expect(atDesk.statusCode).toBe(200);
    const stranger = await registerClient(t.app);
    expect((await t.app.inject({ method: 'GET', url: `/api/my/orders/${orderId}/tickets.pdf`, headers: stranger.headers })).statusCode).toBe(404);

    // A return of one ticket: its price back, its seat back on sale, the order still issued.
    const back = issued[0]!;
    const returned = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: [back.id], reason: 'the client cannot come' });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'issued', totalMinor: total - unit, paidMinor: total - unit, paymentStatus: 'paid' });
    expect(returned.json().tickets.find((x: Ticket) => x.id === back.id).status).toBe('returned');
    expect(returned.json().payments.at(-1)).toMatchObject({ amountMinor: -unit, note: 'the client cannot come' });
    expect(await seatStatus(t.database.db, match.id, back.seatId!)).toBe('free');
    const message = (await messagesAbout(t.database.db, number)).find((m) => m.topic === 'order_returned');
    expect(message?.data).toMatchObject({ bookingNumber: number, refundKopecks: unit });
    const twice = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: [back.id], reason: 'again' });
    expect(twice.json()).toMatchObject({ status: 409, code: 'ticket_already_returned', field: 'body.ticketIds.0' });
    // The reprinted PDF has the 12 tickets left.
    const reprint = await staffCall(t.app, cashier, 'GET', `/staff/orders/${orderId}/tickets.pdf`);
    expect(await pdfPageCount(reprint.rawPayload)).toBe(12);
  }, 120_000);

  it('a cinema pair: processed at once, paid, issued, printed with the film, all returned', async () => {
    const seats = await freeSeatsOf(t.database.db, session.id, 2);
    const submitted = await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: session.id, seatIds: seats }] });
    expect(submitted.json()).toMatchObject({ status: 'processed', order: { status: 'formed' } });
    const orderId = submitted.json().order.id as string;
    const total = submitted.json().totalMinor as number;
    await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    expect((await pay(t.app, cashier, orderId, 'card', total)).json().order).toMatchObject({ paymentStatus: 'paid' });
    const issued = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`, null);
    expect(issued.json()).toMatchObject({ status: 'issued' });

    const pdf = await staffCall(t.app, cashier, 'GET', `/staff/orders/${orderId}/tickets.pdf`);
    const codes = issued.json().tickets.map((x: Ticket) => x.code);
    expect(await ticketQrCodes(pdf.rawPayload)).toEqual(codes);
    const scanned = scannedQrCodes(pdf.rawPayload, [1, 2]);
    if (scanned !== null) expect(scanned).toEqual(codes);
    const text = pdfText(pdf.rawPayload)?.replace(/\s+/g, ' ') ?? null;
    if (text !== null) expect(text).toContain(session.filmTitle);

    const all = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: issued.json().tickets.map((x: Ticket) => x.id), reason: 'the session was moved' });
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ status: 'returned', statusLabel: { ru: 'Возвращён' }, totalMinor: total, paidMinor: 0, paymentStatus: 'unpaid' });
    expect(all.json().payments.map((p: { amountMinor: number }) => p.amountMinor)).toEqual([total, -total]);
    expect(await seatStatus(t.database.db, session.id, seats[0]!)).toBe('free');
    const late = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`);
    expect(late.json()).toMatchObject({ status: 409, code: 'illegal_transition', currentStatus: 'returned' });
    const none = await staffCall(t.app, cashier, 'GET', `/staff/orders/${orderId}/tickets.pdf`);
    expect(none.json()).toMatchObject({ status: 409, code: 'no_tickets_issued' });
  });

  it('a cancellation: a part paid, then called off: seats back on sale, the payment refunded', async () => {
    const seats = await freeSeats(t.database.db, [match.id], 'B104', 3);
    const submitted = await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: match.id, seatIds: seats }] });
    const orderId = submitted.json().order.id as string;
    const number = submitted.json().bookingNumber as string;
    const unconfirmed = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`);
    expect(unconfirmed.json()).toMatchObject({ status: 409, code: 'illegal_transition', currentStatus: 'formed' });
    await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    expect((await pay(t.app, cashier, orderId, 'cash', 50_00)).json().order).toMatchObject({ paidMinor: 50_00, paymentStatus: 'partially_paid' });
    // Once paid, the client cannot withdraw it online: it takes the box office.
    expect((await post(t.app, `/api/my/orders/${orderId}/cancel`, client.headers, {})).json().code).toBe('order_paid');

    const noReason = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/cancel`, {});
    expect(noReason.json()).toMatchObject({ status: 400, field: 'body.reason' });
    const cancelled = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/cancel`, { reason: 'the client changed their mind' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', paidMinor: 0, paymentStatus: 'unpaid', reason: 'the client changed their mind' });
    expect(cancelled.json().tickets.every((x: Ticket) => x.status === 'cancelled')).toBe(true);
    expect(cancelled.json().payments.map((p: { amountMinor: number }) => p.amountMinor)).toEqual([50_00, -50_00]);
    expect(await Promise.all(seats.map((seatId) => seatStatus(t.database.db, match.id, seatId)))).toEqual(['free', 'free', 'free']);
    expect(await topics(number)).toContain('order_cancelled');
    const again = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/cancel`, { reason: 'twice' });
    expect(again.json()).toMatchObject({ status: 409, code: 'illegal_transition', currentStatus: 'cancelled' });
  });

  it('a paid ticket not yet issued comes back: its seat is released and its price refunded', async () => {
    const seats = await freeSeats(t.database.db, [match.id], 'B105', 2);
    const submitted = (await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: match.id, seatIds: seats }] })).json();
    const orderId = submitted.order.id as string;
    const price = submitted.lines[0].unitPriceMinor as number;
    await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    const waiting: Ticket[] = (await staffCall(t.app, cashier, 'GET', `/staff/orders/${orderId}`)).json().tickets;
    const unpaid = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: [waiting[0]!.id], reason: 'one less' });
    expect(unpaid.json()).toMatchObject({ status: 409, code: 'ticket_not_paid' });

    await pay(t.app, cashier, orderId, 'cash', 2 * price);
    const back = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: [waiting[0]!.id], reason: 'one less' });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ status: 'processed', totalMinor: price, paidMinor: price, paymentStatus: 'paid' });
    expect([await seatStatus(t.database.db, match.id, seats[0]!), await seatStatus(t.database.db, match.id, seats[1]!)]).toEqual(['free', 'held']);
    const rest = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`);
    expect(rest.json()).toMatchObject({ status: 'issued', totalMinor: price });
  });

  it('cancels only before anything is issued, and returns only before the event', async () => {
    const seats = await freeSeats(t.database.db, [match.id], 'B104', 2, 3);
    const submitted = await post(t.app, '/api/requests', client.headers, { lines: [{ eventId: match.id, seatIds: seats }] });
    const orderId = submitted.json().order.id as string;
    await post(t.app, `/api/orders/${orderId}/confirm`, client.headers);
    await pay(t.app, cashier, orderId, 'cash', submitted.json().totalMinor);
    const issued = (await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/issue`)).json();
    const cancel = await staffCall(t.app, cashier, 'POST', `/staff/orders/${orderId}/cancel`, { reason: 'too late' });
    expect(cancel.json()).toMatchObject({ status: 409, code: 'illegal_transition', currentStatus: 'issued' });

    clock.set(await eventStartsAt(t.database.db, match.id));
    const late = await staffCall(t.app, await loginAsDemo(t.app, 'cashier'), 'POST', `/staff/orders/${orderId}/returns`, { ticketIds: [issued.tickets[0].id], reason: 'late' });
    expect(late.statusCode).toBe(422);
    expect(late.json()).toMatchObject({ code: 'event_started', field: 'body.ticketIds.0' });
    clock.set(new Date());
  });
});
