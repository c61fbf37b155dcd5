import type { Bilingual } from '../../../shared/bilingual.ts';
import type { PaymentKind, TransactionKind } from '../tables.ts';

// The labels users see (DOMAIN.md fixes the payment kinds, after seed 001); codes stay English.


export const paymentKindLabels: Record<PaymentKind, Bilingual> = {
  cash: { ru: 'Наличный расчёт', en: 'Cash' },
  bank_transfer: { ru: 'Безналичный расчёт', en: 'Bank transfer' },
  card: { ru: 'Кредитная карта', en: 'Credit card' },
  receipt_order: { ru: 'Приходный ордер', en: 'Receipt order' },
  internal_account: { ru: 'С внутреннего счёта', en: 'From the internal account' },
};

export const movementKindLabels: Record<TransactionKind, Bilingual> = {
  top_up: { ru: 'Пополнение', en: 'Top-up' },
  payment: { ru: 'Оплата заказа', en: 'Order payment' },
  refund: { ru: 'Возврат', en: 'Refund' },
  correction: { ru: 'Корректировка', en: 'Correction' },
};
