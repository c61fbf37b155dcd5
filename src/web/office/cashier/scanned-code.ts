// What a camera read from a QR code, or a scanner typed into the field: a booking
// number (what the box office finds orders by), a ticket's own code (20 base32
// characters, the entrance's business), or something else.

export type Scanned = { kind: 'booking_number'; value: string } | { kind: 'ticket_code'; value: string } | { kind: 'unknown'; value: string };

const bookingNumber = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{7}$/;
const ticketCode = /^[A-Z2-7]{20}$/;

/** A link (e.g. a confirmation link) carries the booking number as a parameter. */
function fromLink(text: string): string | null {
  try {
    const url = new URL(text);
    return url.searchParams.get('bookingNumber') ?? url.searchParams.get('booking');
  } catch {
    return null;
  }
}

export function readScanned(raw: string): Scanned {
  const text = raw.trim();
  const candidate = (fromLink(text) ?? text).toUpperCase().replace(/[\s-]/g, '');
  if (bookingNumber.test(candidate)) return { kind: 'booking_number', value: candidate };
  if (ticketCode.test(candidate)) return { kind: 'ticket_code', value: candidate };
  return { kind: 'unknown', value: text };
}
