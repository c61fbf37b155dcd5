import { fmtFor, renderDraft, type TopicTemplate } from './layout.ts';
import { broadcast } from './topics/broadcast.ts';
import { holdExpired } from './topics/hold-expired.ts';
import { holdExpiring } from './topics/hold-expiring.ts';
import { orderCancelled } from './topics/order-cancelled.ts';
import { orderConfirmed } from './topics/order-confirmed.ts';
import { orderReturned } from './topics/order-returned.ts';
import { orderToConfirm } from './topics/order-to-confirm.ts';
import { passwordReset } from './topics/password-reset.ts';
import { paymentReceived } from './topics/payment-received.ts';
import { requestProcessed } from './topics/request-processed.ts';
import { requestRejected } from './topics/request-rejected.ts';
import { ticketsIssued } from './topics/tickets-issued.ts';
import type { Lang, RenderedMessage, Topic, TopicData } from './types.ts';

// A mapped type: adding a topic to TopicData without a template fails to compile.
const templates: { [T in Topic]: TopicTemplate<T> } = {
  request_processed: requestProcessed,
  request_rejected: requestRejected,
  order_to_confirm: orderToConfirm,
  order_confirmed: orderConfirmed,
  order_cancelled: orderCancelled,
  payment_received: paymentReceived,
  tickets_issued: ticketsIssued,
  order_returned: orderReturned,
  hold_expiring: holdExpiring,
  hold_expired: holdExpired,
  password_reset: passwordReset,
  broadcast,
};

/**
 * Renders a notification in the client's language. All data is escaped in the HTML;
 * a link that is not absolute http(s) throws a TypeError rather than reach a client.
 */
export function renderMessage<T extends Topic>(topic: T, lang: Lang, data: TopicData[T]): RenderedMessage {
  const template: TopicTemplate<T> = templates[topic];
  return renderDraft(template[lang](data, fmtFor(lang)), lang, data.clientName);
}
