import type { Bilingual } from '../../shared/bilingual.ts';
import type { OrderStatus, RequestStatus } from './tables.ts';

// The labels users see (DOMAIN.md fixes them, after seed 001); codes stay English.


export const requestStatusLabels: Record<RequestStatus, Bilingual> = {
  not_processed: { ru: 'Ещё не обрабатывалась', en: 'Not processed yet' },
  in_processing: { ru: 'В обработке', en: 'In processing' },
  rejected: { ru: 'Отказано полностью', en: 'Rejected' },
  processed: { ru: 'Обработано', en: 'Processed' },
};

export const orderStatusLabels: Record<OrderStatus, Bilingual> = {
  formed: { ru: 'Сформирован', en: 'Formed' },
  processed: { ru: 'Обработан', en: 'Processed' },
  partially_issued: { ru: 'Частично выдан', en: 'Partially issued' },
  issued: { ru: 'Выдан', en: 'Issued' },
  returned: { ru: 'Возвращён', en: 'Returned' },
  cancelled: { ru: 'Отменён', en: 'Cancelled' },
};

export const paymentStatusLabels: Record<'unpaid' | 'partially_paid' | 'paid', Bilingual> = {
  unpaid: { ru: 'Не оплачено', en: 'Unpaid' },
  partially_paid: { ru: 'Частично оплачено', en: 'Partially paid' },
  paid: { ru: 'Оплачено', en: 'Paid' },
};

const lineStatusLabels: Record<'active' | 'refused', Bilingual> = {
  active: { ru: 'Принята', en: 'Accepted' },
  refused: { ru: 'Отказано', en: 'Refused' },
};

/** The label of any status this context records, for history rows of every entity. */
export function statusLabel(entity: 'request' | 'order' | 'ticket' | 'line', status: string): Bilingual {
  const table: Record<string, Bilingual> =
    entity === 'request' ? requestStatusLabels : entity === 'order' ? orderStatusLabels : entity === 'line' ? lineStatusLabels : ticketStatusLabels;
  return table[status] ?? { ru: status, en: status };
}

const ticketStatusLabels: Record<string, Bilingual> = {
  active: { ru: 'Действителен', en: 'Valid' },
  issued: { ru: 'Выдан', en: 'Issued' },
  returned: { ru: 'Возвращён', en: 'Returned' },
  cancelled: { ru: 'Аннулирован', en: 'Cancelled' },
};
