import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contextModules } from '../../../server/contexts.ts';
import { queryRows } from '../../../server/db/types.ts';
import { demoSeeders } from '../../../server/demo.ts';
import { fixedClock } from '../../../shared/clock.ts';
import { notFound } from '../../../shared/errors.ts';
import { loginAsDemo, registerClient, type LoggedIn } from '../../../test/login.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type smpp from 'smpp';
import { closeChannels, type Channels } from '../channels/config.ts';
import { startFakeSmsc, type FakeSmsc } from '../channels/testing/fake-smsc.ts';
import { createSendJob } from '../dispatch/dispatch-jobs.ts';
import type { ConfirmOrderBySms } from '../inbound/handle-sms-reply.ts';
import { inboundSmsHooks } from '../inbound/inbound-sms-hooks.ts';
import { deliveriesOf, dispatchOnce, enqueue, loopbackChannels, quietLog, smscCredentials } from './dispatch-harness.ts';

const smsOnly = { notifications: { email: false, sms: true, messenger: false, news: false } };
const textOf = (pdu: smpp.PDU) => (pdu.short_message as { message: string }).message;
const receipt = (messageId: string, stat: string, state: number) => ({
  source_addr: '79123456789', destination_addr: 'TICKETS', esm_class: 0x04, receipted_message_id: messageId, message_state: state,
  short_message: `id:${messageId} sub:001 dlvrd:001 submit date:2511200900 done date:2511200901 stat:${stat} err:000 text:`,
});

describe('the dispatcher with a real SMPP server', () => {
  let t: TestApp;
  let smsc: FakeSmsc;
  let channels: Channels;
  let operator: LoggedIn;
  // Booking's answer for a number that is not this phone's order (the real one is used below when booking is wired).
  const noSuchOrder: ConfirmOrderBySms = async () => {
    throw notFound('order_not_found', 'There is no such order for this phone.', { field: 'bookingNumber' });
  };

  beforeAll(async () => {
    t = await createTestApp({ template: 'demo', clock: fixedClock('2025-11-20T09:00:00Z') });
    smsc = await startFakeSmsc(smscCredentials);
    channels = loopbackChannels({ smscUrl: smsc.url }, inboundSmsHooks(t.deps, quietLog, noSuchOrder));
    channels.sms.start?.();
    operator = await loginAsDemo(t.app, 'operator');
  });
  afterAll(async () => {
    await closeChannels(channels);
    await smsc.close();
    await t.close();
  });

  it('submits the Russian text as UCS2 in parts, and records the receipts of every part', async () => {
    const client = await registerClient(t.app, smsOnly);
    const messageId = await enqueue(t, {
      topic: 'order_to_confirm', clientId: client.clientId, bookingNumber: 'AB23CX',
      data: {
        bookingNumber: 'AB23CX', clientName: '', totalKopecks: 123450, timeZone: 'Europe/Moscow', confirmBy: '2025-12-01T09:00:00.000Z',
        confirmUrl: 'https://tickets.example/api/orders/confirm?token=x', event: { title: 'Щелкунчик', venue: 'Большой театр', startsAt: '2025-12-30T16:00:00.000Z' },
      },
    });
    await dispatchOnce(t, createSendJob(channels));

    expect(smsc.submits.length).toBeGreaterThan(1);
    for (const pdu of smsc.submits) expect(pdu).toMatchObject({ destination_addr: '79123456789', data_coding: 8, esm_class: 0x40 });
    expect(smsc.submits.map(textOf).join('')).toBe(
      'Заказ AB23CX: 1 234,50 ₽. Для подтверждения до 1 декабря 2025, 12:00 ответьте: ДА AB23CX',
    );
    const ids = smsc.submits.map((_, i) => `msg-${i + 1}`);
    expect((await deliveriesOf(t, messageId))[0]).toMatchObject({ channel: 'sms', status: 'delivered', providerId: ids.join(','), receiptState: null });

    await smsc.deliver(receipt(ids[0]!, 'DELIVRD', 2));
    expect((await deliveriesOf(t, messageId))[0]!.receiptState).toBe('enroute');
    for (const id of ids.slice(1)) expect((await smsc.deliver(receipt(id, 'DELIVRD', 2))).command_status).toBe(0);
    expect((await deliveriesOf(t, messageId))[0]).toMatchObject({ receiptState: 'delivered', receiptAt: expect.any(Date) });
  });

  it('records an answer it cannot act on, and answers the SMSC so it is not sent again', async () => {
    const unknownOrder = await smsc.deliver({ source_addr: '79123456789', destination_addr: 'TICKETS', short_message: 'ДА ZZ99ZZ' });
    const chatter = await smsc.deliver({ source_addr: '79123456789', destination_addr: 'TICKETS', short_message: 'Спасибо!' });
    expect([unknownOrder.command_status, chatter.command_status]).toEqual([0, 0]);
    const replies = await queryRows<{ outcome: string; booking_number: string | null; from_phone: string }>(
      t.deps.database.db, sql`select outcome, booking_number, from_phone from inbound_sms order by received_at, outcome`,
    );
    expect(replies).toEqual([
      { outcome: 'not_understood', booking_number: null, from_phone: '+79123456789' },
      { outcome: 'order_not_found', booking_number: 'ZZ99ZZ', from_phone: '+79123456789' },
    ]);
    const log = await t.app.inject({ method: 'GET', url: '/api/staff/deliveries?bookingNumber=ZZ99ZZ', headers: operator.headers });
    expect(log.json().smsReplies).toMatchObject([{ outcome: 'order_not_found', text: 'ДА ZZ99ZZ' }]);
  });
});

// The whole loop needs booking's request and confirmation flow and the demo stadium.
const bookingWired = contextModules.some((module) => module.name === 'booking') && demoSeeders.some((seeder) => seeder.name === 'catalog');

describe.skipIf(!bookingWired)('confirming an order by answering the SMS', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let smsc: FakeSmsc;
  let channels: Channels;

  beforeAll(async () => {
    const booking = await import('../../booking/index.ts');
    t = await createTestApp({ template: 'demo', clock });
    smsc = await startFakeSmsc(smscCredentials);
    channels = loopbackChannels({ smscUrl: smsc.url }, inboundSmsHooks(t.deps, quietLog, booking.confirmOrderByBookingNumber));
    channels.sms.start?.();
  });
  afterAll(async () => {
    await closeChannels(channels);
    await smsc.close();
    await t.close();
  });

  it('sends the order to confirm by SMS, and the answer "ДА <number>" from the client\'s phone confirms it', async () => {
    const client = await registerClient(t.app, smsOnly);
    const [seat] = await queryRows<{ event_id: string; seat_id: string }>(
      t.deps.database.db,
      sql`select e.id as event_id, s.id as seat_id from events e join zones z on z.hall_id = e.hall_id join seats s on s.zone_id = z.id
          where e.kind = 'match' and e.starts_at > ${clock.now()}
            and not exists (select 1 from event_seats es where es.event_id = e.id and es.seat_id = s.id and es.status <> 'free')
          order by e.starts_at, s.ordinal limit 1`,
    );
    const submitted = await t.app.inject({ method: 'POST', url: '/api/requests', headers: client.headers, payload: { lines: [{ eventId: seat!.event_id, seatIds: [seat!.seat_id] }] } });
    expect(submitted.statusCode).toBe(201);
    const { bookingNumber, order } = submitted.json() as { bookingNumber: string; order: { id: string } };

    await dispatchOnce(t, createSendJob(channels));
    const text = smsc.submits.map(textOf).join('');
    expect(smsc.submits[0]).toMatchObject({ destination_addr: '79123456789', data_coding: 8 });
    expect(text).toContain(`ответьте: ДА ${bookingNumber}`);

    const answer = await smsc.deliver({ source_addr: '79123456789', destination_addr: 'TICKETS', short_message: `да ${bookingNumber}` });
    expect(answer.command_status).toBe(0);
    const mine = await t.app.inject({ method: 'GET', url: `/api/my/orders/${order.id}`, headers: client.headers });
    expect(mine.json().status).toBe('processed');

    // The confirmation is announced in turn, by SMS.
    await dispatchOnce(t, createSendJob(channels));
    expect(textOf(smsc.submits.at(-1)!)).toContain(`Заказ ${bookingNumber} подтверждён`);
  });

  it('confirms nothing for an answer from another phone', async () => {
    await registerClient(t.app, smsOnly);
    const stranger = await smsc.deliver({ source_addr: '79990001122', destination_addr: 'TICKETS', short_message: 'ДА AB23CX' });
    expect(stranger.command_status).toBe(0);
    const [reply] = await queryRows<{ outcome: string }>(t.deps.database.db, sql`select outcome from inbound_sms where from_phone = '+79990001122'`);
    expect(reply?.outcome).toBe('order_not_found');
  });
});
