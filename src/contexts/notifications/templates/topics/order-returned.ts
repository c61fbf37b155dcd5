import type { TopicTemplate } from '../layout.ts';

export const orderReturned: TopicTemplate<'order_returned'> = {
  ru: (d, f) => ({
    subject: `Возврат по заказу ${d.bookingNumber}`,
    paragraphs: [[`Оформлен возврат по заказу ${d.bookingNumber}.`], [`Сумма возврата: ${f.money(d.refundKopecks)}.`]],
    sms: `Оформлен возврат по заказу ${d.bookingNumber}: ${f.money(d.refundKopecks)}.`,
  }),
  en: (d, f) => ({
    subject: `Refund for order ${d.bookingNumber}`,
    paragraphs: [[`A return has been made for order ${d.bookingNumber}.`], [`Refund amount: ${f.money(d.refundKopecks)}.`]],
    sms: `Return made for order ${d.bookingNumber}: ${f.money(d.refundKopecks)} refunded.`,
  }),
};
