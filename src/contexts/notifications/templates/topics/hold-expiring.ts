import type { TopicTemplate } from '../layout.ts';

export const holdExpiring: TopicTemplate<'hold_expiring'> = {
  ru: (d, f) => ({
    subject: `Бронь ${d.bookingNumber} скоро истечёт`,
    paragraphs: [
      [`Места по заказу ${d.bookingNumber} удерживаются до ${f.dateTime(d.expiresAt, d.timeZone)}. Подтвердите заказ, чтобы их сохранить.`],
    ],
    action: { label: 'Подтвердить заказ', url: d.confirmUrl },
    sms: `Бронь ${d.bookingNumber} истекает ${f.dateTime(d.expiresAt, d.timeZone)}. Для подтверждения ответьте: ДА ${d.bookingNumber}`,
  }),
  en: (d, f) => ({
    subject: `Your booking ${d.bookingNumber} expires soon`,
    paragraphs: [
      [`The seats of order ${d.bookingNumber} are held until ${f.dateTime(d.expiresAt, d.timeZone)}. Confirm the order to keep them.`],
    ],
    action: { label: 'Confirm the order', url: d.confirmUrl },
    sms: `Booking ${d.bookingNumber} expires ${f.dateTime(d.expiresAt, d.timeZone)}. To confirm, reply YES ${d.bookingNumber}`,
  }),
};
