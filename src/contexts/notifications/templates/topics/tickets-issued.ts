import type { TopicTemplate } from '../layout.ts';

export const ticketsIssued: TopicTemplate<'tickets_issued'> = {
  ru: (d, f) => {
    const tickets = f.count(d.ticketCount, { one: 'билет', few: 'билета', many: 'билетов' });
    return {
      subject: `Билеты по заказу ${d.bookingNumber}`,
      paragraphs: [
        [`По заказу ${d.bookingNumber} выдано: ${tickets}.`],
        [`«${d.event.title}», ${d.event.venue}, ${f.dateTime(d.event.startsAt, d.timeZone)}.`],
      ],
      action: { label: 'Открыть билеты', url: d.ticketsUrl },
      sms: `Заказ ${d.bookingNumber}: выдано ${tickets}. ${d.ticketsUrl}`,
    };
  },
  en: (d, f) => {
    const tickets = f.count(d.ticketCount, { one: 'ticket', many: 'tickets' });
    return {
      subject: `Your tickets for order ${d.bookingNumber}`,
      paragraphs: [
        [`${tickets} issued for order ${d.bookingNumber}.`],
        [`“${d.event.title}”, ${d.event.venue}, ${f.dateTime(d.event.startsAt, d.timeZone)}.`],
      ],
      action: { label: 'Open the tickets', url: d.ticketsUrl },
      sms: `Order ${d.bookingNumber}: ${tickets} issued. ${d.ticketsUrl}`,
    };
  },
};
