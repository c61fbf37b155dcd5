import type { Bilingual } from '../lang.ts';

// The status labels users see, fixed by seed 001 (DOMAIN.md); codes stay English.

export const statusText = {
  'request.not_processed': { ru: 'Ещё не обрабатывалась', en: 'Not processed yet' },
  'request.in_processing': { ru: 'В обработке', en: 'In processing' },
  'request.rejected': { ru: 'Отказано полностью', en: 'Rejected' },
  'request.processed': { ru: 'Обработано', en: 'Processed' },
  'order.formed': { ru: 'Сформирован', en: 'Formed' },
  'order.processed': { ru: 'Обработан', en: 'Processed' },
  'order.partially_issued': { ru: 'Частично выдан', en: 'Partially issued' },
  'order.issued': { ru: 'Выдан', en: 'Issued' },
  'order.returned': { ru: 'Возвращён', en: 'Returned' },
  'order.cancelled': { ru: 'Отменён', en: 'Cancelled' },
  'paymentKind.cash': { ru: 'Наличный расчёт', en: 'Cash' },
  'paymentKind.bank_transfer': { ru: 'Безналичный расчёт', en: 'Bank transfer' },
  'paymentKind.card': { ru: 'Кредитная карта', en: 'Credit card' },
  'paymentKind.receipt_order': { ru: 'Приходный ордер', en: 'Receipt order' },
  'paymentKind.internal_account': { ru: 'С внутреннего счёта', en: 'From the internal account' },
  'payment.unpaid': { ru: 'Не оплачено', en: 'Unpaid' },
  'payment.partially_paid': { ru: 'Частично оплачено', en: 'Partially paid' },
  'payment.paid': { ru: 'Оплачено', en: 'Paid' },
  'ticket.active': { ru: 'Действителен', en: 'Valid' },
  'ticket.issued': { ru: 'Выдан', en: 'Issued' },
  'ticket.returned': { ru: 'Возвращён', en: 'Returned' },
  'ticket.cancelled': { ru: 'Аннулирован', en: 'Cancelled' },
  'line.active': { ru: 'Принята', en: 'Accepted' },
  'line.refused': { ru: 'Отказано', en: 'Refused' },
} satisfies Record<string, Bilingual>;
