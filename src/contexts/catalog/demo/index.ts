import { sql } from 'drizzle-orm';
import { recordAudit, systemActor } from '../../audit/index.ts';
import { queryRows } from '../../../server/db/types.ts';
import type { DemoSeeder } from '../../../server/demo.ts';
import { seedCinema, CINEMA_NAME } from './seed-cinema.ts';
import { seedMuseum, MUSEUM_NAME } from './seed-museum.ts';
import { seedStadium, STADIUM_NAME } from './seed-stadium.ts';
import { seedStadiumEvents } from './seed-stadium-events.ts';
import { seedStadiumServices } from './seed-stadium-services.ts';

/** The names of the demo venues, for other contexts' demo data to find them by. */
export const demoVenueNames = { stadium: STADIUM_NAME, museum: MUSEUM_NAME, cinema: CINEMA_NAME } as const;

/**
 * The demo catalog: a stadium of about 80,000 seats with matches, a concert and every
 * kind of service of seed 001; a museum with the five scenarios of seed 002; a cinema
 * with a week of sessions (seed 003). Times are relative to the load, in Moscow time.
 * Everything goes in one transaction, so a failed load leaves nothing behind.
 */
export const catalogDemoSeeder: DemoSeeder = {
  name: 'catalog',
  async isLoaded(deps) {
    const [row] = await queryRows<{ loaded: boolean }>(
      deps.database.db,
      sql`select exists (select 1 from venues where name in (${STADIUM_NAME}, ${MUSEUM_NAME}, ${CINEMA_NAME})) as loaded`,
    );
    return row?.loaded ?? false;
  },
  async load(deps) {
    const now = deps.clock.now();
    await deps.database.db.transaction(async (tx) => {
      const stadium = await seedStadium(tx);
      const events = await seedStadiumEvents(tx, stadium, now);
      await seedStadiumServices(tx, stadium.venueId, events, now);
      const museumId = await seedMuseum(tx, now);
      const cinemaId = await seedCinema(tx, now);
      for (const venueId of [stadium.venueId, museumId, cinemaId]) {
        await recordAudit(tx, { actor: systemActor, action: 'demo.loaded', entity: 'venue', entityId: venueId, reason: 'demo data on first start' });
      }
    });
  },
  async describe(deps) {
    const rows = await queryRows<{ name: string; events: number; seats: number }>(
      deps.database.db,
      sql`select v.name,
                 (select count(*) from events e where e.venue_id = v.id)::int as events,
                 (select count(*) from seats s join halls h on h.id = s.hall_id where h.venue_id = v.id)::int as seats
          from venues v where v.name in (${STADIUM_NAME}, ${MUSEUM_NAME}, ${CINEMA_NAME}) order by v.kind`,
    );
    return rows.length === 0 ? [] : ['  demo catalog:', ...rows.map((r) => `    ${r.name}: ${r.events} events, ${r.seats} seats`)];
  },
};
