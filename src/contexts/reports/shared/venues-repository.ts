import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../server/db/types.ts';

export interface VenueRef {
  id: string;
  name: string;
  timeZone: string;
}

export async function findVenue(db: Db, venueId: string): Promise<VenueRef | null> {
  const [row] = await queryRows<{ id: string; name: string; time_zone: string }>(
    db,
    sql`select id, name, time_zone from venues where id = ${venueId}::uuid`,
  );
  return row ? { id: row.id, name: row.name, timeZone: row.time_zone } : null;
}
