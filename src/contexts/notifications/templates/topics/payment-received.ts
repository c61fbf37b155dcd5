import type { TopicTemplate } from '../layout.ts';

export const paymentReceived: TopicTemplate<'payment_received'> = {
  ru: (d, f) => {
    const rest = d.outstandingKopecks > 0 ? `Осталось оплатить ${f.money(d.outstandingKopecks)}.` : 'Заказ оплачен полностью.';
    return {
      subject: `Оплата по заказу ${d.bookingNumber} получена`,
      paragraphs: [[`Мы получили оплату ${f.money(d.amountKopecks)} по заказу ${d.bookingNumber}.`], [rest]],
      sms: `Получена оплата ${f.money(d.amountKopecks)} по заказу ${d.bookingNumber}. ${rest}`,
    };
  },
  en: (d, f) => {
    const rest = d.outstandingKopecks > 0 ? `Outstanding: ${f.money(d.outstandingKopecks)}.` : 'The order is paid in full.';
    return {
      subject: `Payment received for order ${d.bookingNumber}`,
      paragraphs: [[`We have received ${f.money(d.amountKopecks)} for order ${d.bookingNumber}.`], [rest]],
      sms: `Payment of ${f.money(d.amountKopecks)} received for order ${d.bookingNumber}. ${rest}`,
    };
  },
};
