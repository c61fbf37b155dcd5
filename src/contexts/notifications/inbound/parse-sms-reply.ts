/**
 * Recognises a client's SMS answer confirming an order: "ДА AB23C-X", "да ab23cx",
 * "YES AB23CX", "Yes, AB23CX". Pure; deciding whether the sender may confirm that
 * booking is the caller's business.
 */
export type SmsReply = { kind: 'confirm'; bookingNumber: string } | { kind: 'unknown' };

/** Booking numbers: 6–10 characters with no look-alikes (no 0, O, 1, I, L). */
export const BOOKING_NUMBER = /^[2-9A-HJKMNP-Z]{6,10}$/;

// Cyrillic letters that look like Latin ones: a phone with a Russian layout types
// "АВ23СХ" for "AB23CX". Lower case is handled by upper-casing first.
const LOOK_ALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
};

// The keyword, then at least one separator (so "YESTERDAY..." is not a "YES"), then
// the number with any spaces or dashes. Latin "DA" is how "ДА" is typed on a Latin keyboard.
const REPLY = /^(?:ДА|YES|DA)[\s,.:;!–—-]+(.+?)[\s.!]*$/u;

export function parseSmsReply(text: string): SmsReply {
  // Quotes come along when the client copies «ДА AB23CX» from our email.
  const normalized = text.normalize('NFKC').toUpperCase().trim().replace(/^["'«“„]+|["'»”]+$/g, '').trim();
  const match = REPLY.exec(normalized);
  if (!match) return { kind: 'unknown' };
  const bookingNumber = [...match[1]!.replace(/[\s–—_-]/g, '')].map((ch) => LOOK_ALIKES[ch] ?? ch).join('');
  // Anything more than the number ("ДА AB23CX спасибо") stays unknown: a wrong
  // confirmation costs more than asking again.
  return BOOKING_NUMBER.test(bookingNumber) ? { kind: 'confirm', bookingNumber } : { kind: 'unknown' };
}
