// Filters ask for days ("from 1 June to 3 June", both included); the API takes
// instants, the upper one excluded. The days are the staff's own calendar (the
// browser's time zone), which is the venue's for a box office on site.

/** The instant a local calendar day (YYYY-MM-DD) starts, as ISO 8601. */
export function startOfDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1).toISOString();
}

/** From the start of `from` up to the end of `to`, either open. */
export function dayRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  const range: { from?: string; to?: string } = {};
  if (from) range.from = startOfDay(from);
  if (to) {
    const [year, month, day] = to.split('-').map(Number);
    range.to = new Date(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + 1).toISOString();
  }
  return range;
}
