import type { Db } from '../../../server/db/types.ts';
import type { HallTypeView } from '../contracts/venues.ts';
import { toHallTypeView } from './venue-views.ts';
import { listHallTypeRows } from './venue-repository.ts';

/** Every hall type, by code. */
export async function listHallTypes(db: Db): Promise<{ items: HallTypeView[] }> {
  return { items: (await listHallTypeRows(db)).map(toHallTypeView) };
}
