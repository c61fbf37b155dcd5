import type { TopicTemplate } from '../layout.ts';

export const requestProcessed: TopicTemplate<'request_processed'> = {
  ru: (d, f) => ({
    subject: `Заявка ${d.bookingNumber} обработана`,
    paragraphs: [
      [`Ваша заявка ${d.bookingNumber} обработана: «${d.event.title}», ${d.event.venue}, ${f.dateTime(d.event.startsAt, d.timeZone)}.`],
      [`Сумма заказа: ${f.money(d.totalKopecks)}.`],
    ],
    action: { label: 'Открыть заказ', url: d.orderUrl },
    sms: `Заявка ${d.bookingNumber} обработана. Сумма ${f.money(d.totalKopecks)}.`,
  }),
  en: (d, f) => ({
    subject: `Your request ${d.bookingNumber} has been processed`,
    paragraphs: [
      [`Your request ${d.bookingNumber} has been processed: “${d.event.title}”, ${d.event.venue}, ${f.dateTime(d.event.startsAt, d.timeZone)}.`],
      [`Order total: ${f.money(d.totalKopecks)}.`],
    ],
    action: { label: 'View the order', url: d.orderUrl },
    sms: `Request ${d.bookingNumber} processed. Total ${f.money(d.totalKopecks)}.`,
  }),
};
