import type { TopicTemplate } from '../layout.ts';

export const holdExpired: TopicTemplate<'hold_expired'> = {
  ru: (d) => ({
    subject: `Бронь ${d.bookingNumber} снята`,
    paragraphs: [
      [`Срок удержания мест по заказу ${d.bookingNumber} истёк, места освобождены.`],
      ['Если билеты ещё нужны, оформите новую заявку.'],
    ],
    sms: `Бронь ${d.bookingNumber} истекла, места освобождены.`,
  }),
  en: (d) => ({
    subject: `Your booking ${d.bookingNumber} has expired`,
    paragraphs: [
      [`The hold on the seats of order ${d.bookingNumber} has expired and the seats have been released.`],
      ['If you still need tickets, please place a new request.'],
    ],
    sms: `Booking ${d.bookingNumber} expired, the seats were released.`,
  }),
};
