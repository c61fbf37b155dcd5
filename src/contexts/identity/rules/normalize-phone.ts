/**
 * A phone number in E.164 (+79123456789), or null when it cannot be one. Russian
 * numbers may be typed the usual ways (8 912 …, +7 (912) …, 912…); others need their
 * country code after a '+'.
 */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) {
    if (digits.startsWith('7')) return digits.length === 11 ? `+${digits}` : null;
    return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : null;
  }
  if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) return `+7${digits.slice(1)}`;
  if (digits.length === 10 && /^[3-9]/.test(digits)) return `+7${digits}`;
  return null;
}

/** For a person reading a list: +7 912 ***-**-89. */
export function maskPhone(phone: string): string {
  if (phone.length < 6) return '***';
  return `${phone.slice(0, phone.startsWith('+7') ? 6 : 4)}***${phone.slice(-2)}`;
}
