import type { TopicTemplate } from '../layout.ts';

export const orderConfirmed: TopicTemplate<'order_confirmed'> = {
  ru: (d, f) => ({
    subject: `Заказ ${d.bookingNumber} подтверждён`,
    paragraphs: [
      [`Вы подтвердили заказ ${d.bookingNumber}. Сумма к оплате: ${f.money(d.totalKopecks)}.`],
      ['Оплатить его можно в любой кассе по номеру брони или с внутреннего счёта в личном кабинете.'],
    ],
    sms: `Заказ ${d.bookingNumber} подтверждён. К оплате: ${f.money(d.totalKopecks)}.`,
  }),
  en: (d, f) => ({
    subject: `Your order ${d.bookingNumber} is confirmed`,
    paragraphs: [
      [`You have confirmed order ${d.bookingNumber}. Amount to pay: ${f.money(d.totalKopecks)}.`],
      ['You can pay at any box office with the booking number, or online from your internal account.'],
    ],
    sms: `Order ${d.bookingNumber} confirmed. To pay: ${f.money(d.totalKopecks)}.`,
  }),
};
