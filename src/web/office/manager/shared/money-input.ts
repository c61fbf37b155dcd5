// Managers type prices in roubles ("1 250,50"); the API takes whole kopecks. Parsing
// is exact (digits, not floating point), so 0.29 ₽ is 29 kopecks, never 28.

/** Roubles as typed (spaces, a comma or a dot, at most 2 decimals) in kopecks; null when it is not a price. */
export function parseRoubles(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f₽]/g, '').replace(',', '.');
  const match = /^(\d{1,13})(?:\.(\d{0,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Kopecks as an input shows them: "1250" or "1250.50". */
export function roublesText(minor: number): string {
  const whole = Math.trunc(minor / 100);
  const rest = Math.abs(minor % 100);
  return rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, '0')}`;
}
