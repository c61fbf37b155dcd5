import { z } from 'zod';
import type { Topic, TopicData } from './types.ts';

// Template data usually comes back from a JSON column, where dates are strings and
// nothing is checked: parse it with these before renderMessage(topic, lang, data).
const kopecks = z.number().int();
const link = z.url({ protocol: /^https?$/ });
const date = z.coerce.date();
const addressee = { clientName: z.string() };
const booking = { ...addressee, bookingNumber: z.string().min(1) };
const zoned = { timeZone: z.string().refine(isTimeZone, 'not an IANA time zone') };
const event = z.object({ title: z.string(), venue: z.string(), startsAt: date });

export const topicDataSchemas = {
  request_processed: z.object({ ...booking, ...zoned, event, totalKopecks: kopecks, orderUrl: link }),
  request_rejected: z.object({ ...booking, reason: z.string() }),
  order_to_confirm: z.object({ ...booking, ...zoned, event, totalKopecks: kopecks, confirmUrl: link, confirmBy: date }),
  order_confirmed: z.object({ ...booking, totalKopecks: kopecks }),
  order_cancelled: z.object({ ...booking, reason: z.string().nullish().transform((r) => r ?? null) }),
  payment_received: z.object({ ...booking, amountKopecks: kopecks, outstandingKopecks: kopecks }),
  tickets_issued: z.object({ ...booking, ...zoned, event, ticketCount: z.number().int().positive(), ticketsUrl: link }),
  order_returned: z.object({ ...booking, refundKopecks: kopecks }),
  hold_expiring: z.object({ ...booking, ...zoned, expiresAt: date, confirmUrl: link }),
  hold_expired: z.object(booking),
  password_reset: z.object({ ...addressee, resetUrl: link, validMinutes: z.number().int().positive() }),
  broadcast: z.object({
    ...addressee, subject: z.string().min(1), body: z.string(), unsubscribeUrl: link,
    topic: z.enum(['news', 'schedule', 'sales_start', 'price_changes']).optional(),
  }),
} satisfies { [T in Topic]: z.ZodType<TopicData[T]> };

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
