import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '../templates/render-message.ts';
import { classifySmtpError, createEmailChannel } from './email-channel.ts';
import { startFakeSmtp, type FakeSmtp } from './testing/fake-smtp.ts';
import type { Channel } from './channel.ts';

const from = '"Билетная служба" <noreply@tickets.example>';
const confirmUrl = 'https://tickets.example/orders/AB23CX/confirm?t=a1&lang=ru';
const rendered = renderMessage('order_to_confirm', 'ru', {
  clientName: 'Анна <admin>', bookingNumber: 'AB23CX', timeZone: 'Europe/Moscow', totalKopecks: 123450, confirmUrl,
  event: { title: 'Щелкунчик', venue: 'Большой театр', startsAt: new Date('2025-12-30T16:00:00Z') },
  confirmBy: new Date('2025-12-01T09:00:00Z'),
});
const message = (to: string, id = 'outbox-1') => ({ id, to, subject: rendered.subject, text: rendered.text, html: rendered.html });

describe('email channel against an SMTP server', () => {
  let smtp: FakeSmtp;
  let channel: Channel;
  beforeAll(async () => {
    smtp = await startFakeSmtp();
    channel = createEmailChannel({ url: smtp.url, from, timeoutMs: 2_000 });
  });
  afterAll(async () => {
    await channel.close();
    await smtp.close();
  });

  it('delivers the subject, the text and the HTML with the link, from the configured sender', async () => {
    const result = await channel.send(message('anna@client.example'));
    expect(result).toMatchObject({ kind: 'delivered', providerId: expect.stringMatching(/^250/) });
    const mail = smtp.mails.at(-1)!;
    expect(mail.from).toBe('noreply@tickets.example');
    expect(mail.to).toEqual(['anna@client.example']);
    expect(mail.subject).toBe('Подтвердите заказ AB23CX');
    expect(mail.text).toContain(`Подтвердить заказ: ${confirmUrl}`);
    expect(mail.text).toContain('Здравствуйте, Анна <admin>!');
    expect(mail.html).toContain(`href="${confirmUrl.replace('&', '&amp;')}"`);
    expect(mail.html).toContain('Здравствуйте, Анна &lt;admin&gt;!');
    expect(mail.headers.get('message-id')).toBe('<outbox-1@tickets.example>');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('gives a resend the same Message-ID', async () => {
    await channel.send(message('anna@client.example', 'outbox-7'));
    await channel.send(message('anna@client.example', 'outbox-7'));
    expect(smtp.mails.slice(-2).map((m) => m.headers.get('message-id'))).toEqual(['<outbox-7@tickets.example>', '<outbox-7@tickets.example>']);
  });

  it('fails for good when the server refuses the recipient with 550, keeping its reason', async () => {
    const result = await channel.send(message('ghost@refused.example'));
    expect(result).toEqual({ kind: 'failed', reason: expect.stringContaining('550 5.1.1 No such user here') });
  });

  it('retries when the server defers the recipient with 451', async () => {
    const result = await channel.send(message('anna@busy.example'));
    expect(result).toEqual({ kind: 'retry', reason: expect.stringContaining('451 4.3.0 Try again later') });
  });

  it('fails an address that is not one, without asking the server', async () => {
    expect(await channel.send(message('no at sign'))).toMatchObject({ kind: 'failed' });
  });
});

describe('email channel when the SMTP server is away', () => {
  it('retries while the server is down, and delivers once it is back on the same port', async () => {
    const first = await startFakeSmtp();
    const port = first.port;
    await first.close();
    const channel = createEmailChannel({ url: `smtp://127.0.0.1:${port}`, from, timeoutMs: 2_000 });
    let smtp: FakeSmtp | undefined;
    try {
      expect(await channel.send(message('anna@client.example'))).toEqual({
        kind: 'retry',
        reason: expect.stringMatching(/^smtp connection: .*ECONNREFUSED/),
      });
      smtp = await startFakeSmtp(port);
      expect(await channel.send(message('anna@client.example'))).toMatchObject({ kind: 'delivered' });
      expect(smtp.mails).toHaveLength(1);
    } finally {
      await channel.close();
      await smtp?.close();
    }
  });

  it('describes where it sends without the credentials', () => {
    const channel = createEmailChannel({ url: 'smtps://user:p%40ss@mail.example:465', from });
    expect(channel.describe()).toBe('smtps://mail.example:465');
    expect(channel.configured).toBe(true);
    void channel.close();
  });
});

describe('classifySmtpError', () => {
  it('keeps messages when our own session is refused, fails them when the content is', () => {
    expect(classifySmtpError({ code: 'EAUTH', responseCode: 535, response: '535 Bad credentials', command: 'AUTH PLAIN' }).kind).toBe('retry');
    expect(classifySmtpError({ code: 'EMESSAGE', responseCode: 552, response: '552 Message too big', command: 'DATA' }).kind).toBe('failed');
    expect(classifySmtpError({ code: 'ETIMEDOUT', command: 'CONN' }).kind).toBe('retry');
    expect(classifySmtpError(new Error('socket hang up')).kind).toBe('retry');
  });
});
