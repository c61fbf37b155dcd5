// Amounts typed by a cashier, in roubles as people write them: "1500", "1 500,50",
// "1500.5 ₽". Turned into kopecks by splitting the text, never through a float, so
// "0,29" is 29 kopecks and not 28.999…

/** Kopecks of a typed amount; null when it is not a positive amount with at most two decimals. */
export function parseRoubles(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f₽]/g, '').replace(/руб\.?$/i, '');
  const match = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const kopecks = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return kopecks > 0 && Number.isSafeInteger(kopecks) ? kopecks : null;
}

/** Kopecks as a cashier types them back: "1500" or "1500,50" (what the amount field shows). */
export function roublesText(minor: number): string {
  const whole = Math.trunc(minor / 100);
  const cents = Math.abs(minor % 100);
  return cents === 0 ? String(whole) : `${whole},${String(cents).padStart(2, '0')}`;
}
