import { describe, expect, it } from 'vitest';
import { isGsm7 } from '../channels/sms/gsm7.ts';
import { parseSmsReply } from '../inbound/parse-sms-reply.ts';
import { renderMessage } from './render-message.ts';
import { topicDataSchemas } from './topic-data-schemas.ts';
import { TOPICS, type Lang, type Topic, type TopicData } from './types.ts';

const event = { title: 'Щелкунчик', venue: 'Большой театр', startsAt: new Date('2025-12-30T16:00:00Z') };
const booking = { clientName: 'Анна', bookingNumber: 'AB23CX' };
const zoned = { timeZone: 'Europe/Moscow' };

const samples: { [T in Topic]: TopicData[T] } = {
  request_processed: { ...booking, ...zoned, event, totalKopecks: 123450, orderUrl: 'https://tickets.example/orders/AB23CX' },
  request_rejected: { ...booking, reason: 'Нет свободных мест на выбранный сеанс' },
  order_to_confirm: {
    ...booking, ...zoned, event, totalKopecks: 123450,
    confirmUrl: 'https://tickets.example/orders/AB23CX/confirm?t=abc', confirmBy: new Date('2025-12-01T09:00:00Z'),
  },
  order_confirmed: { ...booking, totalKopecks: 123450 },
  order_cancelled: { ...booking, reason: 'Отменён по просьбе клиента' },
  payment_received: { ...booking, amountKopecks: 50000, outstandingKopecks: 73450 },
  tickets_issued: { ...booking, ...zoned, event, ticketCount: 2, ticketsUrl: 'https://tickets.example/t/AB23CX' },
  order_returned: { ...booking, refundKopecks: 123450 },
  hold_expiring: { ...booking, ...zoned, expiresAt: new Date('2025-12-01T09:00:00Z'), confirmUrl: 'https://tickets.example/c/AB23CX' },
  hold_expired: booking,
  password_reset: { clientName: 'Анна', resetUrl: 'https://tickets.example/reset?token=x1', validMinutes: 30 },
  broadcast: {
    clientName: 'Анна', subject: 'Старт продаж', body: 'Открыта продажа на новый сезон.\n\nЖдём вас!',
    unsubscribeUrl: 'https://tickets.example/unsubscribe?c=42',
  },
};
const render = <T extends Topic>(topic: T, lang: Lang, patch: Partial<TopicData[T]> = {}) =>
  renderMessage(topic, lang, { ...samples[topic], ...patch });

describe('renderMessage', () => {
  describe.each(TOPICS.flatMap((topic) => (['ru', 'en'] as const).map((lang) => [topic, lang] as const)))('%s in %s', (topic, lang) => {
    const message = render(topic, lang);

    it('has a subject, the text, an HTML document and a short SMS', () => {
      expect(message.subject).not.toBe('');
      expect(message.subject).not.toMatch(/[\r\n]/);
      expect(message.text).toContain(lang === 'ru' ? 'Здравствуйте, Анна!' : 'Dear Анна,');
      expect(message.html).toMatch(/^<!doctype html><html lang="(ru|en)">/);
      expect(message.sms.length).toBeLessThan(400);
    });

    it('names the booking number wherever there is one', () => {
      const data = samples[topic];
      if (!('bookingNumber' in data)) return;
      for (const part of [message.subject, message.text, message.html, message.sms]) expect(part).toContain('AB23CX');
    });

    it('puts every link of the data into the text and the HTML', () => {
      for (const value of Object.values(samples[topic])) {
        if (typeof value !== 'string' || !value.startsWith('https://')) continue;
        expect(message.text).toContain(value);
        expect(message.html).toContain(`href="${value.replace(/&/g, '&amp;')}"`);
      }
    });
  });

  it('asks to answer "ДА <number>" / "YES <number>" where the client may confirm by SMS', () => {
    for (const topic of ['order_to_confirm', 'hold_expiring'] as const) {
      const ru = render(topic, 'ru').sms;
      const en = render(topic, 'en').sms;
      expect(ru).toContain('ответьте: ДА AB23CX');
      expect(en).toContain('reply YES AB23CX');
      // What we ask for is what the inbound parser accepts.
      expect(parseSmsReply(ru.slice(ru.indexOf('ДА '))).kind).toBe('confirm');
      expect(parseSmsReply(en.slice(en.indexOf('YES '))).kind).toBe('confirm');
    }
    expect(render('payment_received', 'ru').sms).not.toContain('ДА');
  });

  it('formats money in both languages', () => {
    expect(render('request_processed', 'ru').text.replace(/\u00a0/g, ' ')).toContain('Сумма заказа: 1 234,50 ₽.');
    expect(render('request_processed', 'en').text).toContain('Order total: RUB 1,234.50.');
    expect(render('payment_received', 'en').sms).toBe('Payment of RUB 500.00 received for order AB23CX. Outstanding: RUB 734.50.');
    expect(render('payment_received', 'ru', { outstandingKopecks: 0 }).sms).toContain('Заказ оплачен полностью.');
  });

  it('shows times in the venue zone and counts in the right word form', () => {
    expect(render('order_to_confirm', 'ru').text).toContain('Большой театр, 30 декабря 2025, 19:00');
    expect(render('order_to_confirm', 'en').text).toContain('by 1 December 2025, 12:00');
    expect(render('tickets_issued', 'ru').text).toContain('выдано: 2 билета');
    expect(render('tickets_issued', 'en', { ticketCount: 1 }).text).toContain('1 ticket issued');
  });

  it('keeps English SMS within GSM-7, so they cost a third of a Russian one', () => {
    for (const topic of TOPICS) {
      if (topic === 'broadcast') continue; // the manager's own words may be in any script
      // Only the staff's reason is free text in an SMS; names and titles stay in the email.
      const sms =
        topic === 'request_rejected' || topic === 'order_cancelled' ? render(topic, 'en', { reason: 'No seats left' }).sms : render(topic, 'en').sms;
      expect(isGsm7(sms), `${topic}: ${sms}`).toBe(true);
    }
  });

  it('escapes user data in the HTML and leaves it readable in the text', () => {
    const evil = '<script>alert("x")</script> & Co';
    const rejected = render('request_rejected', 'en', { clientName: evil, reason: `Sold out <b>"${evil}"</b>` });
    expect(rejected.html).not.toContain('<script>');
    expect(rejected.html).not.toContain('<b>');
    expect(rejected.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(rejected.text).toContain(`Dear ${evil},`);

    const news = render('broadcast', 'ru', { subject: 'A\r\nBcc: all@example.com', body: "<img src=x onerror='1'>\nline two\n\nsecond" });
    expect(news.subject).toBe('A Bcc: all@example.com');
    expect(news.html).toContain('&lt;img src=x onerror=&#39;1&#39;&gt;<br>line two</p>');
    expect(news.html).toContain('<p>second</p>');
    expect(news.html).not.toContain('<img');

    const shown = render('request_processed', 'ru', { event: { ...event, title: '"><a href=evil>' } });
    expect(shown.html).toContain('«&quot;&gt;&lt;a href=evil&gt;»');
  });

  it('escapes quotes inside link attributes and refuses links that are not http(s)', () => {
    const quoted = render('password_reset', 'en', { resetUrl: 'https://tickets.example/r?a="b"&c=<d>' });
    expect(quoted.html).toContain('href="https://tickets.example/r?a=%22b%22&amp;c=%3Cd%3E"');
    expect(() => render('password_reset', 'en', { resetUrl: 'javascript:alert(1)' })).toThrow(TypeError);
    expect(() => render('broadcast', 'en', { unsubscribeUrl: '/relative' })).toThrow(TypeError);
  });

  it('names the reason of a cancellation only when there is one', () => {
    expect(render('order_cancelled', 'ru').text).toContain('Причина: Отменён по просьбе клиента');
    expect(render('order_cancelled', 'en', { reason: null }).sms).toBe('Order AB23CX cancelled.');
    expect(render('order_cancelled', 'en', { reason: null }).text).not.toContain('Reason');
  });

  it('greets without a name when there is none', () => {
    expect(render('hold_expired', 'ru', { clientName: ' ' }).text.startsWith('Здравствуйте!\n\n')).toBe(true);
    expect(render('hold_expired', 'en', { clientName: '' }).text.startsWith('Hello,\n\n')).toBe(true);
  });

  it('adds the unsubscribe link under a rule in broadcasts only', () => {
    const news = render('broadcast', 'en');
    expect(news.text).toContain('--\n\nYou receive this message because you subscribed to our news. Unsubscribe: https://tickets.example/unsubscribe?c=42');
    expect(news.sms).toContain('Unsubscribe: https://tickets.example/unsubscribe?c=42');
    expect(render('tickets_issued', 'en').html).not.toContain('<hr>');
    expect(render('broadcast', 'ru', { topic: 'price_changes' }).text).toContain('потому что подписались на изменения цен. Отписаться: ');
    expect(render('broadcast', 'en', { topic: 'sales_start' }).text).toContain('because you subscribed to the start of sales.');
  });
});

describe('topicDataSchemas', () => {
  it('turns data read back from JSON into what the templates take', () => {
    const stored = JSON.parse(JSON.stringify(samples.order_to_confirm)) as unknown;
    const data = topicDataSchemas.order_to_confirm.parse(stored);
    expect(data.confirmBy).toEqual(samples.order_to_confirm.confirmBy);
    expect(renderMessage('order_to_confirm', 'en', data).sms).toContain('YES AB23CX');
  });

  it('accepts every sample and refuses bad money, links and zones', () => {
    for (const topic of TOPICS) expect(topicDataSchemas[topic].safeParse(samples[topic]).success).toBe(true);
    expect(topicDataSchemas.payment_received.safeParse({ ...samples.payment_received, amountKopecks: 12.5 }).success).toBe(false);
    expect(topicDataSchemas.password_reset.safeParse({ ...samples.password_reset, resetUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(topicDataSchemas.hold_expiring.safeParse({ ...samples.hold_expiring, timeZone: 'Mars/Olympus' }).success).toBe(false);
  });
});
