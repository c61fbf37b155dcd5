import { createServer, type AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseSmsReply } from '../../inbound/parse-sms-reply.ts';
import { startFakeSmsc, type FakeSmsc } from '../testing/fake-smsc.ts';
import type { SmsIncoming, SmsReceipt } from './deliver-sm.ts';
import { createSmsChannel, type SmsConfig, type SmsChannel } from './sms-channel.ts';

const credentials = { systemId: 'tickets', password: 'secret' };
const fast = { connectTimeoutMs: 2_000, submitTimeoutMs: 2_000, enquireLinkMs: 60_000, reconnectDelayMs: { min: 50, max: 200 } };
const configFor = (url: string, patch: Partial<SmsConfig> = {}): SmsConfig => ({ url, ...credentials, sourceAddr: 'TICKETS', ...fast, ...patch });
const message = (text: string, id = 'outbox-1') => ({ id, to: '+7 900 123-45-67', subject: 'ignored', text });
const textOf = (pdu: { short_message?: unknown }) => (pdu.short_message as { message: string }).message;

describe('SMS channel against an SMPP server', () => {
  let smsc: FakeSmsc;
  let channel: SmsChannel;
  const receipts: SmsReceipt[] = [];
  const incoming: SmsIncoming[] = [];
  let failIncoming = false;

  beforeAll(async () => {
    smsc = await startFakeSmsc(credentials);
    channel = createSmsChannel(configFor(smsc.url), {
      onReceipt: (r) => void receipts.push(r),
      onIncoming: async (m) => {
        if (failIncoming) throw new Error('database is down');
        incoming.push(m);
      },
    });
  });
  afterAll(async () => {
    await channel.close();
    await smsc.close();
  });
  afterEach(() => {
    smsc.answerSubmit = (_pdu, n) => ({ message_id: `msg-${n}` });
    smsc.submits.length = 0;
  });

  it('binds as a transceiver with its system_id and password, then submits Russian as UCS2', async () => {
    const text = 'Заказ AB23CX: 1 234,50 ₽. Ответьте ДА AB23CX';
    expect(await channel.send(message(text))).toEqual({ kind: 'delivered', providerId: 'msg-1' });
    expect(smsc.binds).toEqual([{ ...credentials, accepted: true }]);
    const [pdu] = smsc.submits;
    expect(pdu).toMatchObject({
      data_coding: 8, esm_class: 0, registered_delivery: 1,
      destination_addr: '79001234567', dest_addr_ton: 1, dest_addr_npi: 1,
      source_addr: 'TICKETS', source_addr_ton: 5,
    });
    expect(textOf(pdu!)).toBe(text); // decoded by the library's own UCS2 decoder
  });

  it('sends Latin text in the GSM default alphabet', async () => {
    await channel.send(message('Order AB23CX: RUB 1,234.50. Reply YES AB23CX'));
    expect(smsc.submits[0]).toMatchObject({ data_coding: 0 });
    expect(textOf(smsc.submits[0]!)).toBe('Order AB23CX: RUB 1,234.50. Reply YES AB23CX');
  });

  it('sends a long text as concatenated parts with one reference and numbered headers', async () => {
    const text = 'Ваш заказ подтверждён. '.repeat(7).trim(); // 160 characters: three UCS2 parts
    const result = await channel.send(message(text, 'outbox-long'));
    expect(result).toEqual({ kind: 'delivered', providerId: 'msg-1,msg-2,msg-3' });
    expect(smsc.submits.map((p) => p.esm_class)).toEqual([0x40, 0x40, 0x40]);
    const headers = smsc.submits.map((p) => (p.short_message as { udh: Buffer[] }).udh);
    const reference = headers[0]![0]![2]!;
    expect(headers).toEqual([1, 2, 3].map((seq) => [Buffer.from([0x00, 0x03, reference, 3, seq])]));
    expect(smsc.submits.map(textOf).join('')).toBe(text);
    expect(smsc.submits.map((p) => textOf(p).length)).toEqual([67, 67, 26]);
  });

  it('reports a delivery receipt through onReceipt and answers it', async () => {
    const raw = 'id:msg-1 sub:001 dlvrd:001 submit date:2512011200 done date:2512011201 stat:DELIVRD err:000 text:';
    const resp = await smsc.deliver({ source_addr: '79001234567', destination_addr: 'TICKETS', esm_class: 0x04, short_message: raw, receipted_message_id: 'msg-1', message_state: 2 });
    expect(resp.command).toBe('deliver_sm_resp');
    expect(resp.command_status).toBe(0);
    expect(receipts).toEqual([{ messageId: 'msg-1', state: 'delivered', raw }]);
  });

  it('passes a client answer to onIncoming and answers it', async () => {
    const resp = await smsc.deliver({ source_addr: '79001234567', destination_addr: 'TICKETS', short_message: 'ДА АВ23-СХ' });
    expect(resp.command_status).toBe(0);
    expect(incoming).toEqual([{ from: '79001234567', text: 'ДА АВ23-СХ' }]);
    expect(parseSmsReply(incoming[0]!.text)).toEqual({ kind: 'confirm', bookingNumber: 'AB23CX' });
  });

  it('asks the SMSC to redeliver when the handler fails', async () => {
    failIncoming = true;
    const resp = await smsc.deliver({ source_addr: '79001234567', short_message: 'ДА AB23CX' });
    failIncoming = false;
    expect(resp.command_status).toBe(0x64); // ESME_RX_T_APPN
  });

  it('retries on throttling and fails on an invalid destination', async () => {
    smsc.answerSubmit = () => ({ command_status: 0x58 });
    expect(await channel.send(message('Hi'))).toEqual({ kind: 'retry', reason: 'submit_sm refused: ESME_RTHROTTLED (0x0058)' });
    smsc.answerSubmit = () => ({ command_status: 0x0b });
    expect(await channel.send(message('Hi'))).toMatchObject({ kind: 'failed', reason: expect.stringContaining('ESME_RINVDSTADR') });
  });

  it('says how many parts went through when a later part is refused', async () => {
    smsc.answerSubmit = (_pdu, n) => (n === 2 ? { command_status: 0x14 } : { message_id: `msg-${n}` });
    const result = await channel.send(message('ж'.repeat(140)));
    expect(result).toEqual({ kind: 'retry', reason: 'submit_sm refused: ESME_RMSGQFUL (0x0014) (after 1 of 3 parts were accepted)' });
  });

  it('refuses an invalid phone number or an empty text without touching the link', async () => {
    expect(await channel.send({ ...message('Hi'), to: 'not a phone' })).toMatchObject({ kind: 'failed' });
    expect(await channel.send({ ...message(''), to: '+79001234567' })).toEqual({ kind: 'failed', reason: 'empty text' });
    expect(smsc.submits).toEqual([]);
  });

  it('reconnects and binds again after the link drops', async () => {
    const bindsBefore = smsc.binds.length;
    smsc.dropClients();
    await vi.waitFor(() => expect(smsc.binds.length).toBe(bindsBefore + 1), { timeout: 3_000 });
    await vi.waitFor(async () => expect(await channel.send(message('Back'))).toMatchObject({ kind: 'delivered' }), { timeout: 3_000 });
  });
});

describe('SMS channel when the SMSC is away', () => {
  const freePort = async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return port;
  };

  it('retries while the server is down, and delivers once it is up', async () => {
    const port = await freePort();
    const channel = createSmsChannel(configFor(`smpp://127.0.0.1:${port}`));
    let smsc: FakeSmsc | undefined;
    try {
      expect(await channel.send(message('Hi'))).toMatchObject({ kind: 'retry', reason: expect.stringContaining('ECONNREFUSED') });
      smsc = await startFakeSmsc(credentials, port);
      await vi.waitFor(async () => expect(await channel.send(message('Hi'))).toEqual({ kind: 'delivered', providerId: 'msg-1' }), { timeout: 3_000 });
    } finally {
      await channel.close();
      await smsc?.close();
    }
    expect(smsc?.unbinds).toBe(1); // close() unbinds politely
  });

  it('drops and rebuilds a link whose enquire_link goes unanswered', async () => {
    const smsc = await startFakeSmsc(credentials);
    const channel = createSmsChannel(configFor(smsc.url, { enquireLinkMs: 100 }));
    try {
      channel.start();
      await vi.waitFor(() => expect(smsc.binds).toHaveLength(1));
      smsc.answerEnquireLink = false;
      await vi.waitFor(() => expect(smsc.binds.length).toBeGreaterThan(1), { timeout: 3_000 });
    } finally {
      await channel.close();
      await smsc.close();
    }
  });

  it('retries with the reason when the bind is refused', async () => {
    const smsc = await startFakeSmsc(credentials);
    const channel = createSmsChannel(configFor(smsc.url, { password: 'wrong' }));
    try {
      expect(await channel.send(message('Hi'))).toEqual({ kind: 'retry', reason: expect.stringContaining('ESME_RBINDFAIL') });
      expect(smsc.binds[0]).toEqual({ systemId: 'tickets', password: 'wrong', accepted: false });
    } finally {
      await channel.close();
      await smsc.close();
    }
  });
});
