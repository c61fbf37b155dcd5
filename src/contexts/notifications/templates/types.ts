export type Lang = 'ru' | 'en';

/** Every message topic; the outbox accepts exactly these, and each has a template. */
export const TOPICS = [
  'request_processed', 'request_rejected', 'order_to_confirm', 'order_confirmed', 'order_cancelled', 'payment_received',
  'tickets_issued', 'order_returned', 'hold_expiring', 'hold_expired', 'password_reset', 'broadcast',
] as const;
export type Topic = (typeof TOPICS)[number];

interface Addressee {
  /** May be empty: the greeting then goes without a name. */
  clientName: string;
}
interface AboutBooking extends Addressee {
  bookingNumber: string;
}
export interface EventInfo {
  title: string;
  venue: string;
  startsAt: Date;
}
/** IANA zone of the venue: a visit time means nothing in the server's zone. */
interface Zoned {
  timeZone: string;
}

/** The data each topic needs. Money is in kopecks, links are absolute http(s) URLs. */
export interface TopicData {
  request_processed: AboutBooking & Zoned & { event: EventInfo; totalKopecks: number; orderUrl: string };
  request_rejected: AboutBooking & { reason: string };
  order_to_confirm: AboutBooking & Zoned & { event: EventInfo; totalKopecks: number; confirmUrl: string; confirmBy: Date };
  order_confirmed: AboutBooking & { totalKopecks: number };
  /** reason: staff's words, or null when the client cancelled. */
  order_cancelled: AboutBooking & { reason: string | null };
  payment_received: AboutBooking & { amountKopecks: number; outstandingKopecks: number };
  tickets_issued: AboutBooking & Zoned & { event: EventInfo; ticketCount: number; ticketsUrl: string };
  order_returned: AboutBooking & { refundKopecks: number };
  hold_expiring: AboutBooking & Zoned & { expiresAt: Date; confirmUrl: string };
  hold_expired: AboutBooking;
  password_reset: Addressee & { resetUrl: string; validMinutes: number };
  /** subject and body are a manager's plain text (no markup); blank lines separate paragraphs. */
  broadcast: Addressee & { subject: string; body: string; unsubscribeUrl: string; topic?: BroadcastTopic | undefined };
}

/** What a broadcast is about; the client subscribed to it (the footer says which). */
export type BroadcastTopic = 'news' | 'schedule' | 'sales_start' | 'price_changes';

export interface RenderedMessage {
  /** One line, safe for a mail header. */
  subject: string;
  text: string;
  /** A whole HTML document; every piece of data in it is escaped. */
  html: string;
  /** Short text for SMS and messengers; names the booking number when there is one. */
  sms: string;
}
