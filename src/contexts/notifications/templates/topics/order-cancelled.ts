import { clip } from '../format.ts';
import type { TopicTemplate } from '../layout.ts';

export const orderCancelled: TopicTemplate<'order_cancelled'> = {
  ru: (d) => ({
    subject: `Заказ ${d.bookingNumber} отменён`,
    paragraphs: [[`Заказ ${d.bookingNumber} отменён, места освобождены.`], ...(d.reason ? [[`Причина: ${d.reason}`]] : [])],
    sms: `Заказ ${d.bookingNumber} отменён.${d.reason ? ` Причина: ${clip(d.reason, 100)}` : ''}`,
  }),
  en: (d) => ({
    subject: `Your order ${d.bookingNumber} has been cancelled`,
    paragraphs: [[`Order ${d.bookingNumber} has been cancelled and its seats released.`], ...(d.reason ? [[`Reason: ${d.reason}`]] : [])],
    sms: `Order ${d.bookingNumber} cancelled.${d.reason ? ` Reason: ${clip(d.reason, 100)}` : ''}`,
  }),
};
