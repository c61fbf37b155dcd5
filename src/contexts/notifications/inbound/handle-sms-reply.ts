import type { Db } from '../../../server/db/types.ts';
import type { AppDeps } from '../../../server/deps.ts';
import { isAppError } from '../../../shared/errors.ts';
import type { SmsIncoming } from '../channels/sms/deliver-sm.ts';
import type { InboundOutcome } from '../tables.ts';
import { parseSmsReply } from './parse-sms-reply.ts';
import { insertInboundSms } from './sms-repository.ts';

// SMPP gives the sender as digits (international, no plus); identity keeps E.164 with it.
export const e164 = (address: string) => {
  const digits = address.replace(/[^\d]/g, '');
  return digits === '' ? address : `+${digits}`;
};

/**
 * Booking's confirmOrderByBookingNumber, passed in by the wiring (main.ts): booking
 * imports this context to queue its messages, so this one does not import booking back.
 * Throws an AppError (404 for a number that is not this phone's order) when it refuses.
 */
export type ConfirmOrderBySms = (
  tx: Db, bookingNumber: string, clientPhone: string, now: Date,
) => Promise<{ order: { id: string; clientId: string }; alreadyConfirmed: boolean }>;

/**
 * A client's SMS: "ДА <number>" / "YES <number>" confirms that order when the phone is
 * the order's client's; every answer is recorded with what came of it. Resolves once
 * recorded; rejects only when the database fails, so the SMSC delivers it again later.
 */
export async function handleSmsReply(deps: AppDeps, confirm: ConfirmOrderBySms, incoming: SmsIncoming): Promise<InboundOutcome> {
  const now = deps.clock.now();
  const fromPhone = e164(incoming.from);
  const base = { fromPhone, text: incoming.text.slice(0, 1000), receivedAt: now };
  const reply = parseSmsReply(incoming.text);
  const { db } = deps.database;
  if (reply.kind === 'unknown') {
    await insertInboundSms(db, { ...base, outcome: 'not_understood' });
    return 'not_understood';
  }
  const { bookingNumber } = reply;
  try {
    return await db.transaction(async (tx) => {
      const { order, alreadyConfirmed } = await confirm(tx, bookingNumber, fromPhone, now);
      const outcome = alreadyConfirmed ? 'already_confirmed' : 'confirmed';
      await insertInboundSms(tx, { ...base, outcome, bookingNumber, orderId: order.id, clientId: order.clientId });
      return outcome;
    });
  } catch (error) {
    if (!isAppError(error)) throw error;
    // A wrong number or a stranger's phone looks the same as no order: nothing is revealed.
    const outcome = error.status === 404 ? 'order_not_found' : 'refused';
    await insertInboundSms(db, { ...base, outcome, bookingNumber, detail: `${error.code}: ${error.message}` });
    return outcome;
  }
}
