/** An ISO instant from a request body as a Date; null and absent stay null. */
export const instantOf = (text: string | null | undefined): Date | null => (text ? new Date(text) : null);

/** A Date as the ISO text responses carry; null stays null. */
export const isoOf = (at: Date | null): string | null => (at ? at.toISOString() : null);
