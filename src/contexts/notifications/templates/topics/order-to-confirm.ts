import type { TopicTemplate } from '../layout.ts';

// Only the SMS asks for an answer: an email reader may have no phone on file.
// The answer is what inbound/parse-sms-reply.ts recognises.
export const orderToConfirm: TopicTemplate<'order_to_confirm'> = {
  ru: (d, f) => ({
    subject: `Подтвердите заказ ${d.bookingNumber}`,
    paragraphs: [
      [`Заказ ${d.bookingNumber} готов: «${d.event.title}», ${d.event.venue}, ${f.dateTime(d.event.startsAt, d.timeZone)}.`],
      [`Сумма: ${f.money(d.totalKopecks)}.`],
      [`Пожалуйста, подтвердите состав и стоимость до ${f.dateTime(d.confirmBy, d.timeZone)}, иначе места будут освобождены.`],
    ],
    action: { label: 'Подтвердить заказ', url: d.confirmUrl },
    sms: `Заказ ${d.bookingNumber}: ${f.money(d.totalKopecks)}. Для подтверждения до ${f.dateTime(d.confirmBy, d.timeZone)} ответьте: ДА ${d.bookingNumber}`,
  }),
  en: (d, f) => ({
    subject: `Please confirm your order ${d.bookingNumber}`,
    paragraphs: [
      [`Your order ${d.bookingNumber} is ready: “${d.event.title}”, ${d.event.venue}, ${f.dateTime(d.event.startsAt, d.timeZone)}.`],
      [`Total: ${f.money(d.totalKopecks)}.`],
      [`Please confirm the items and the price by ${f.dateTime(d.confirmBy, d.timeZone)}, otherwise the seats will be released.`],
    ],
    action: { label: 'Confirm the order', url: d.confirmUrl },
    sms: `Order ${d.bookingNumber}: ${f.money(d.totalKopecks)}. To confirm by ${f.dateTime(d.confirmBy, d.timeZone)}, reply YES ${d.bookingNumber}`,
  }),
};
