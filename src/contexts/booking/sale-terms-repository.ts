import { sql } from 'drizzle-orm';
import { queryPrepared } from '../../server/db/prepared.ts';
import type { Db } from '../../server/db/types.ts';
import type { EventSaleFacts } from '../pricing/index.ts';

// The venue's booking settings (hold_minutes, confirm_hours) and what a message says
// the booking is for. Read from the catalog's tables in one statement: the catalog's
// index.ts exports no such read yet (asked for; this file is the one place to swap).
// A submission of event lines takes them from its quote instead, which read the same
// rows a moment before in the same transaction: one round trip fewer on the on-sale path.

export interface SaleTerms {
  /** The shortest hold of the venues involved, in minutes. */
  holdMinutes: number;
  /** The shortest confirmation wait of the venues involved, in hours. */
  confirmHours: number;
  /** The first event (or else the first service) of the booking, for messages. */
  about: { title: string; venue: string; startsAt: Date | null; timeZone: string };
  /** The start of the last event of the booking; null when it has no event. */
  lastStartsAt: Date | null;
}

interface TermsRow {
  title: string;
  venue: string;
  time_zone: string;
  starts_at: string | null;
  hold_minutes: number;
  confirm_hours: number;
}

const DEFAULT_TERMS = { holdMinutes: 30, confirmHours: 48 };

export async function loadSaleTerms(db: Db, refs: { eventIds: readonly string[]; serviceIds: readonly string[] }): Promise<SaleTerms> {
  const rows = await queryPrepared<TermsRow>(
    db,
    sql`
      select title, venue, time_zone, starts_at::text as starts_at, hold_minutes, confirm_hours from (
        select e.title, v.name as venue, v.time_zone, e.starts_at, v.hold_minutes, v.confirm_hours, 0 as rank
        from events e join venues v on v.id = e.venue_id
        where e.id = any(${sql.param([...refs.eventIds])}::uuid[])
        union all
        select s.name, v.name, v.time_zone, null, v.hold_minutes, v.confirm_hours, 1
        from services s join venues v on v.id = s.venue_id
        where s.id = any(${sql.param([...refs.serviceIds])}::uuid[])
      ) t
      order by rank, starts_at`,
  );
  return saleTermsOf(rows);
}

/**
 * The same terms from the events a quote has just read, without a query: for a booking of
 * event lines only (the on-sale path), whose quote read every event and its venue already.
 * Null when the quote did not read every one of them; the caller then loads the terms.
 */
export function saleTermsFromQuote(eventIds: readonly string[], quoted: readonly EventSaleFacts[]): SaleTerms | null {
  const byId = new Map(quoted.map((event) => [event.id, event]));
  const events = eventIds.map((id) => byId.get(id));
  if (events.some((event) => event === undefined)) return null;
  const rows = (events as EventSaleFacts[])
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((event) => ({
      title: event.title,
      venue: event.venue.name,
      time_zone: event.venue.timeZone,
      starts_at: event.startsAt.toISOString(),
      hold_minutes: event.venue.holdMinutes,
      confirm_hours: event.venue.confirmHours,
    }));
  return saleTermsOf(rows);
}

function saleTermsOf(rows: readonly TermsRow[]): SaleTerms {
  const first = rows[0];
  const starts = rows.flatMap((row) => (row.starts_at ? [new Date(row.starts_at).getTime()] : []));
  return {
    holdMinutes: rows.length > 0 ? Math.min(...rows.map((row) => Number(row.hold_minutes))) : DEFAULT_TERMS.holdMinutes,
    confirmHours: rows.length > 0 ? Math.min(...rows.map((row) => Number(row.confirm_hours))) : DEFAULT_TERMS.confirmHours,
    about: {
      title: first?.title ?? '',
      venue: first?.venue ?? '',
      startsAt: first?.starts_at ? new Date(first.starts_at) : null,
      timeZone: first?.time_zone ?? 'Europe/Moscow',
    },
    lastStartsAt: starts.length > 0 ? new Date(Math.max(...starts)) : null,
  };
}
